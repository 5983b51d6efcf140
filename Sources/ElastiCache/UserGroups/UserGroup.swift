public import Constructs

/// A group of users, assigned to a cache to control access with RBAC (`AWS::ElastiCache::UserGroup`).
///
/// A Redis OSS group must contain a user named `default`; a Valkey group may be empty. The users' ids
/// are listed in the order they were added, and the group's resource depends on each user's resource.
public final class UserGroup: Construct, UserGroupProtocol {
  /// The group's engine.
  public let engine: UserEngine?
  /// The group's name: the given one, or a lowercase name generated from the construct path.
  public private(set) lazy var userGroupName: StringValue =
    explicitName
    ?? Lazy.string { [unowned self] in StringValue(Names.uniqueResourceName(self, maxLength: 40).lowercased()) }
  private let explicitName: StringValue?
  private var members: [any UserProtocol]

  /// The `AWS::ElastiCache::UserGroup` resource.
  public private(set) lazy var resource = CfnUserGroup(
    self,
    "Resource",
    engine: StringValue(engine?.engineType ?? UserEngine.valkey.engineType),
    userGroupID: userGroupName,
    userIDs: Lazy.list { [unowned self] in StringListValue(self.members.map(\.userId)) }
  )

  /// A user group of `engine` (Valkey by default) with `users`.
  public init(
    _ scope: Construct,
    _ id: String,
    userGroupName: StringValue? = nil,
    engine: UserEngine = .valkey,
    users: [any UserProtocol] = []
  ) {
    self.engine = engine
    self.explicitName = userGroupName
    self.members = []
    super.init(scope, id)
    // The users check their own ids, and the group those of imported users.
    resource.leaveChecks(of: "UserIds", toOwner: [.propertyPatternMismatch, .propertyLengthOutOfRange])
    for user in users { addUser(user) }
    node.addValidation { [unowned self] report in self.validateUsers(&report) }
    node.addValidation { [unowned self] report in self.validateImportedUserIDs(&report) }
  }

  /// The users of the group, in the order they were added.
  public var users: [any UserProtocol]? { members }

  /// The group's ARN (`Fn::GetAtt Arn`).
  public var userGroupArn: StringValue { resource.attrARN }

  /// The group's status: `creating`, `active`, `modifying` or `deleting`.
  public var userGroupStatus: StringValue { resource.attrStatus }

  public var userGroupResource: CfnResource? { resource }

  /// Adds a user; the group's resource then depends on the user's resource.
  public func addUser(_ user: any UserProtocol) {
    members.append(user)
    resource.node.addDependency(user.userConstruct)
  }

  /// Applies a removal policy to the group resource.
  public func applyRemovalPolicy(_ policy: RemovalPolicy) { resource.applyRemovalPolicy(policy) }

  private func validateUsers(_ report: inout ValidationReport) {
    let names = members.map { $0.userName?.description }
    if Set(names).count != names.count {
      report.error("DuplicateUserName", "User group cannot have users with the same user name.")
    }
    guard engine?.engineType == UserEngine.redis.engineType else { return }
    // The built-in `default` user, imported by its id without an engine, is the group's engine's own user
    // (CONFORMANCE.md, improvement 3); any other user must be a Redis OSS user.
    if members.contains(where: { $0.engine?.engineType != UserEngine.redis.engineType && !$0.isBuiltInDefaultUser }) {
      report.error("RedisUserGroupEngineMismatch", "Redis user group can only contain Redis users.")
    }
    if !members.contains(where: \.isDefaultUser) {
      report.error(
        "RedisUserGroupMissingDefaultUser", "Redis user groups need to contain a user with the user name \"default\".")
    }
  }

  /// An existing user group, by name.
  public static func fromUserGroupName(_ scope: Construct, _ id: String, _ userGroupName: StringValue)
    -> any UserGroupProtocol
  {
    fromUserGroupAttributes(scope, id, userGroupName: userGroupName)
  }

  /// An existing user group, by ARN (`arn:aws:elasticache:<region>:<account>:usergroup:<name>`).
  public static func fromUserGroupArn(_ scope: Construct, _ id: String, _ userGroupArn: StringValue)
    -> any UserGroupProtocol
  {
    fromUserGroupAttributes(scope, id, userGroupArn: userGroupArn)
  }

  /// An existing user group from its attributes; give exactly one of `userGroupName` and `userGroupArn`.
  public static func fromUserGroupAttributes(
    _ scope: Construct,
    _ id: String,
    userGroupName: StringValue? = nil,
    userGroupArn: StringValue? = nil,
    engine: UserEngine? = nil,
    users: [any UserProtocol]? = nil
  ) -> any UserGroupProtocol {
    ImportedUserGroup(scope, id, userGroupName: userGroupName, userGroupArn: userGroupArn, engine: engine, users: users)
  }
}
