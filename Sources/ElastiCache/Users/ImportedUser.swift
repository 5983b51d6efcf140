import Constructs

/// A user that exists outside the app, imported by id or ARN.
final class ImportedUser: Construct, UserProtocol {
  let userId: StringValue
  let userArn: StringValue
  let engine: UserEngine?
  let userName: StringValue?

  init(
    _ scope: Construct, _ id: String, userId: StringValue?, userArn: StringValue?, engine: UserEngine?,
    userName: StringValue?
  ) {
    self.engine = engine
    self.userName = userName
    let stack = Stack.of(scope)
    var problem: (code: String, message: String)?
    switch (userId, userArn) {
    case (let userId?, let userArn?):
      self.userId = userId
      self.userArn = userArn
      problem = ("ConflictingUserIdentifiers", "Only one of userArn or userId can be provided.")
    case (let userId?, nil):
      self.userId = userId
      self.userArn = ElastiCacheArn.format(stack, resource: "user", name: userId)
    case (nil, let userArn?):
      do {
        let name = try ElastiCacheArn.resourceName(of: userArn, in: stack)
        self.userId = name ?? ""
        if name == nil { problem = ("InvalidUserArn", "Unable to extract user id from ARN.") }
      } catch {
        self.userId = ""
        problem = ("InvalidArn", error.message)
      }
      self.userArn = userArn
    case (nil, nil):
      self.userId = ""
      self.userArn = ""
      problem = ("MissingUserIdentifier", "One of userId or userArn is required.")
    }
    super.init(scope, id)
    if let problem { node.addError(problem.code, problem.message) }
  }

  var userConstruct: Construct { self }
}
