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
    let identity = ElastiCacheArn.importIdentity(
      name: userGroupName, arn: userGroupArn, resource: "usergroup", in: scope,
      problems: .init(
        conflicting: .init(
          "ConflictingUserGroupIdentifiers", "Only one of userGroupArn or userGroupName can be provided."),
        arnWithoutName: .init("InvalidUserGroupArn", "Unable to extract user group name from ARN."),
        missing: .init("MissingUserGroupIdentifier", "One of userGroupName or userGroupArn is required.")))
    self.userGroupName = identity.name
    self.userGroupArn = identity.arn
    super.init(scope, id)
    if let problem = identity.problem { node.addError(problem.code, problem.message) }
  }

  func addUser(_ user: any UserProtocol) {
    node.addError(
      "ImportedUserGroupModification",
      "Cannot add users to an imported UserGroup. Only UserGroups created in this stack can be modified."
    )
  }

  var userGroupResource: CfnResource? { nil }
}
