import Constructs

/// A user group that exists outside the app, imported by name or ARN. Users cannot be added to it.
final class ImportedUserGroup: Construct, UserGroupProtocol {
  let userGroupName: StringValue
  let userGroupArn: StringValue
  let engine: UserEngine?
  let users: [any UserProtocol]?

  init(
    _ scope: Construct, _ id: String, userGroupName: StringValue?, userGroupArn: StringValue?, engine: UserEngine?,
    users: [any UserProtocol]?
  ) {
    self.engine = engine
    self.users = users
    let stack = Stack.of(scope)
    var problem: (code: String, message: String)?
    switch (userGroupName, userGroupArn) {
    case (let name?, let arn?):
      self.userGroupName = name
      self.userGroupArn = arn
      problem = ("ConflictingUserGroupIdentifiers", "Only one of userGroupArn or userGroupName can be provided.")
    case (let name?, nil):
      self.userGroupName = name
      self.userGroupArn = ElastiCacheArn.format(stack, resource: "usergroup", name: name)
    case (nil, let arn?):
      do {
        let name = try ElastiCacheArn.resourceName(of: arn, in: stack)
        self.userGroupName = name ?? ""
        if name == nil { problem = ("InvalidUserGroupArn", "Unable to extract user group name from ARN.") }
      } catch {
        self.userGroupName = ""
        problem = ("InvalidArn", error.message)
      }
      self.userGroupArn = arn
    case (nil, nil):
      self.userGroupName = ""
      self.userGroupArn = ""
      problem = ("MissingUserGroupIdentifier", "One of userGroupName or userGroupArn is required.")
    }
    super.init(scope, id)
    if let problem { node.addError(problem.code, problem.message) }
  }

  func addUser(_ user: any UserProtocol) {
    node.addError(
      "ImportedUserGroupModification",
      "Cannot add users to an imported UserGroup. Only UserGroups created in this stack can be modified."
    )
  }

  var userGroupResource: CfnResource? { nil }
}
