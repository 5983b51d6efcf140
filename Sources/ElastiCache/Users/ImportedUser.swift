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
    let identity = ElastiCacheArn.importIdentity(
      name: userId, arn: userArn, resource: "user", in: scope,
      problems: .init(
        conflicting: .init("ConflictingUserIdentifiers", "Only one of userArn or userId can be provided."),
        arnWithoutName: .init("InvalidUserArn", "Unable to extract user id from ARN."),
        missing: .init("MissingUserIdentifier", "One of userId or userArn is required.")))
    self.userId = identity.name
    self.userArn = identity.arn
    super.init(scope, id)
    if let problem = identity.problem { node.addError(problem.code, problem.message) }
  }

  var userConstruct: Construct { self }
}
