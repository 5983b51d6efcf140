import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The port of upstream `user-group.test.ts` (aws/aws-cdk `09d91841`, reference §7.6): its 34 cases outside
/// the `UserEngine class` block, which is in `Engines/EngineTests.swift`.
///
/// Upstream acknowledges cfn-lint's F3032 ("Required array is empty") for every stack; this toolkit has no
/// acknowledgements, and the empty `UserIds` of a Valkey group is what CloudFormation accepts.
@Suite("UserGroup")
struct UserGroupTests {
  /// Upstream `UserGroup.isUserGroup(x)` is Swift's `x is UserGroup`.
  private static func isUserGroup(_ value: Any?) -> Bool { value is UserGroup }

  /// Upstream `new UserGroup(stack, 'TestUserGroup', ...)`.
  static let groupPath = "Default/TestUserGroup"

  @Suite("validation errors")
  struct ValidationErrors {
    struct EngineCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      let engine: UserEngine
      let userEngine: UserEngine
      let errorMessage: String
    }

    @Test(
      "validation errors of the users' engines",
      arguments: [
        EngineCase(
          testDescription: "when Redis user group contains non-Redis user throws validation error", engine: .redis,
          userEngine: .valkey, errorMessage: "Redis user group can only contain Redis users.")
      ])
    func userEngines(_ row: EngineCase) {
      let stack = Stack()
      let user = IAMUser(
        stack, "TestUser", engine: row.userEngine, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      _ = UserGroup(stack, "TestUserGroup", engine: row.engine, users: [user])
      expectSynthesisError(stack, row.errorMessage, at: UserGroupTests.groupPath)
    }

    @Test("when Redis user group does not contain default user throws validation error")
    func noDefaultUser() {
      let stack = Stack()
      let users = [
        IAMUser(
          stack, "TestUser1", engine: .redis, userId: "user1", userName: "user1",
          accessControl: .fromAccessString("on ~* +@all"))
      ]
      _ = UserGroup(stack, "TestUserGroup", engine: .redis, users: users)
      expectSynthesisError(
        stack, "Redis user groups need to contain a user with the user name \"default\".", at: UserGroupTests.groupPath)
    }

    @Test("when Redis user group does not contain any users throws validation error")
    func noUsers() {
      let stack = Stack()
      _ = UserGroup(stack, "TestUserGroup", engine: .redis, users: [])
      expectSynthesisError(
        stack, "Redis user groups need to contain a user with the user name \"default\".", at: UserGroupTests.groupPath)
    }

    @Test("when Redis user group have users prop as undefined throws validation error")
    func usersNotGiven() {
      let stack = Stack()
      _ = UserGroup(stack, "TestUserGroup", engine: .redis)
      expectSynthesisError(
        stack, "Redis user groups need to contain a user with the user name \"default\".", at: UserGroupTests.groupPath)
    }

    @Test("when user group has duplicate usernames throws validation error")
    func duplicateUserNames() {
      let stack = Stack()
      let users = [
        PasswordUser(
          stack, "TestUser1", engine: .valkey, userId: "user1", userName: "duplicate-name",
          accessControl: .fromAccessString("on ~* +@all"), passwords: [.secretsManager("newpasswordforuser1")]),
        PasswordUser(
          stack, "TestUser2", engine: .valkey, userId: "user2", userName: "duplicate-name",
          accessControl: .fromAccessString("on ~* +@all"), passwords: [.secretsManager("newpasswordforuser2")]),
      ]
      _ = UserGroup(stack, "TestUserGroup", engine: .valkey, users: users)
      expectSynthesisError(stack, "User group cannot have users with the same user name.", at: UserGroupTests.groupPath)
    }

    @Test(
      "when REDIS user group has duplicate usernames and do not contain default user throws validation error")
    func duplicateUserNamesWithoutDefault() {
      let stack = Stack()
      let users = [
        NoPasswordUser(
          stack, "TestUser1", engine: .redis, userId: "user1", userName: "duplicate-name",
          accessControl: .fromAccessString("on ~* +@all")),
        NoPasswordUser(
          stack, "TestUser2", engine: .redis, userId: "user2", userName: "duplicate-name",
          accessControl: .fromAccessString("on ~* +@all")),
      ]
      _ = UserGroup(stack, "TestUserGroup", engine: .redis, users: users)
      let error = expectSynthesisError(
        stack, "User group cannot have users with the same user name.", at: UserGroupTests.groupPath)
      // Upstream stops at the first problem; this toolkit reports the missing default user too.
      #expect(
        error?.contains(
          message: "Redis user groups need to contain a user with the user name \"default\".",
          path: UserGroupTests.groupPath) == true)
    }

    struct ImportCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      var userGroupArn: String? = nil
      var userGroupName: String? = nil
      let errorMessage: String
    }

    @Test(
      "validation errors of imports",
      arguments: [
        ImportCase(
          testDescription: "when passing both userGroupName and userGroupArn throws validation error",
          userGroupArn: "arn:aws:elasticache:us-east-1:999999999999:usergroup:test-group", userGroupName: "test-group",
          errorMessage: "Only one of userGroupArn or userGroupName can be provided."),
        ImportCase(
          testDescription: "when passing neither userGroupName nor userGroupArn throws validation error",
          errorMessage: "One of userGroupName or userGroupArn is required."),
        ImportCase(
          testDescription: "when passing invalid userGroupArn (no group name) throws validation error",
          userGroupArn: "arn:aws:elasticache:us-east-1:999999999999:usergroup",
          errorMessage: "Unable to extract user group name from ARN."),
      ])
    func importErrors(_ row: ImportCase) {
      let stack = Stack()
      _ = UserGroup.fromUserGroupAttributes(
        stack, "ImportedUserGroup", userGroupName: row.userGroupName.map { StringValue($0) },
        userGroupArn: row.userGroupArn.map { StringValue($0) })
      expectSynthesisError(stack, row.errorMessage, at: "Default/ImportedUserGroup")
    }

    @Test("when adding non-Redis user to Redis group throws validation error")
    func addNonRedisUser() {
      let stack = Stack()
      let userGroup = UserGroup(stack, "TestUserGroup", engine: .redis)
      let valkeyUser = IAMUser(
        stack, "ValkeyUser", engine: .valkey, userId: "valkey-user", accessControl: .fromAccessString("on ~* +@all"))
      userGroup.addUser(valkeyUser)
      expectSynthesisError(stack, "Redis user group can only contain Redis users.", at: UserGroupTests.groupPath)
    }
  }

  @Suite("constructor")
  struct Constructor {
    @Test("creates Valkey user group with minimal required properties")
    func minimalValkey() throws {
      let stack = Stack()
      _ = UserGroup(stack, "TestUserGroup")
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::UserGroup", ["Engine": "valkey", "UserGroupId": "testusergroup"])
    }

    @Test("creates Redis user group with empty UserIds array when the input users property is empty")
    func emptyUsers() throws {
      let stack = Stack()
      _ = UserGroup(stack, "TestUserGroup", users: [])
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::UserGroup", ["Engine": "valkey", "UserGroupId": "testusergroup", "UserIds": []])
    }

    @Test("creates Redis user group with minimal required properties")
    func minimalRedis() throws {
      let stack = Stack()
      let user = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "default",
        accessControl: .fromAccessString("on ~app:* +@read +@write"))
      _ = UserGroup(stack, "TestUserGroup", engine: .redis, users: [user])
      let userID = try #require(stack.resolve(user.userId))
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::UserGroup",
        ["Engine": "redis", "UserGroupId": "testusergroup", "UserIds": [Match.exact(userID)]])
    }

    @Test("creates user group with all possible properties")
    func allProperties() throws {
      let stack = Stack()
      let user = PasswordUser(
        stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("secretvalue-123456")])
      _ = UserGroup(stack, "TestUserGroup", userGroupName: "my-user-group", engine: .valkey, users: [user])
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::UserGroup", ["Engine": "valkey", "UserGroupId": "my-user-group", "UserIds": ["test-user"]])
    }

    @Test("creates Valkey user group with both Redis and Valkey users")
    func mixedUsers() throws {
      let stack = Stack()
      let redisUser = NoPasswordUser(
        stack, "RedisUser", engine: .redis, userId: "redis-user", accessControl: .fromAccessString("on ~* +@all"))
      let valkeyUser1 = PasswordUser(
        stack, "ValkeyUser1", engine: .valkey, userId: "valkey-user1", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("secretvalue-123456")])
      let valkeyUser2 = IAMUser(
        stack, "ValkeyUser2", engine: .valkey, userId: "valkey-user2", accessControl: .fromAccessString("on ~* +@all"))
      let userGroup = UserGroup(stack, "TestUserGroup", users: [redisUser, valkeyUser1, valkeyUser2])
      let users = try #require(userGroup.users)
      #expect(users.count == 3)
      #expect(users.map(\.userId) == ["redis-user", "valkey-user1", "valkey-user2"])
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::UserGroup", ["Engine": "valkey", "UserIds": ["redis-user", "valkey-user1", "valkey-user2"]])
    }

    @Test("creates exactly one ElastiCache user group resource")
    func oneResource() throws {
      let stack = Stack()
      _ = UserGroup(stack, "TestUserGroup")
      try Template(stack).resourceCountIs("AWS::ElastiCache::UserGroup", 1)
    }
  }

  @Suite("properties")
  struct Properties {
    @Test("exposes correct properties")
    func exposesProperties() throws {
      let stack = Stack()
      let user = IAMUser(
        stack, "TestUser", engine: .valkey, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      let userGroup = UserGroup(stack, "TestUserGroup", userGroupName: "my-group", engine: .valkey, users: [user])
      #expect(userGroup.userGroupName == "my-group")
      #expect(userGroup.engine?.engineType == "valkey")
      let users = try #require(userGroup.users)
      #expect(users.count == 1)
      #expect(users.first?.userId == "test-user")
      // `toBeDefined()` on attribute tokens: they render as the resource's attributes.
      let logicalID = TemplateValue.string(userGroup.resource.logicalID)
      #expect(stack.resolve(userGroup.userGroupArn) == ["Fn::GetAtt": [logicalID, "Arn"]])
      #expect(stack.resolve(userGroup.userGroupStatus) == ["Fn::GetAtt": [logicalID, "Status"]])
    }

    @Test("defaults to Valkey engine when not specified")
    func defaultEngine() {
      let stack = Stack()
      let userGroup = UserGroup(stack, "TestUserGroup")
      // Upstream `toBe(UserEngine.VALKEY)` checks identity; engines are values here, compared by value.
      #expect(userGroup.engine == .valkey)
    }

    @Test("generates userGroupName when not provided")
    func generatedName() {
      let stack = Stack()
      let userGroup = UserGroup(stack, "TestUserGroup")
      // Upstream checks that the name is a string; here it is a `StringValue` that renders as one.
      #expect(stack.resolve(userGroup.userGroupName)?.stringValue != nil)
    }

    @Test("show what the token actually contains")
    func generatedNameToken() {
      let stack = Stack()
      let userGroup = UserGroup(stack, "TestUserGroup")
      // Upstream matches `/\$\{Token/`: the generated name is a token until the stack resolves it.
      #expect(userGroup.userGroupName.isUnresolved)
      #expect(stack.resolve(userGroup.userGroupName) == "testusergroup")
    }
  }

  @Suite("addUser")
  struct AddUser {
    @Test("adds user to group successfully")
    func addsUser() throws {
      let stack = Stack()
      let userGroup = UserGroup(stack, "TestUserGroup", engine: .valkey)
      let user = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      userGroup.addUser(user)
      let users = try #require(userGroup.users)
      #expect(users.count == 1)
      #expect(users.first?.userId == user.userId)
    }

    @Test("adds second user to group that already has one user")
    func addsSecondUser() throws {
      let stack = Stack()
      let existingUser = NoPasswordUser(
        stack, "ExistingUser", engine: .redis, userId: "existing-user", accessControl: .fromAccessString("on ~* +@all"))
      let userGroup = UserGroup(stack, "TestUserGroup", engine: .valkey, users: [existingUser])
      let newUser = NoPasswordUser(
        stack, "NewUser", engine: .redis, userId: "new-user", accessControl: .fromAccessString("on ~* +@all"))
      userGroup.addUser(newUser)
      let users = try #require(userGroup.users)
      #expect(users.count == 2)
      #expect(users.map(\.userId) == ["existing-user", "new-user"])
    }
  }

  @Suite("isUserGroup")
  struct IsUserGroup {
    @Test("returns true for UserGroup instances")
    func instances() {
      let stack = Stack()
      #expect(UserGroupTests.isUserGroup(UserGroup(stack, "TestUserGroup")))
    }

    @Test("returns false for non-UserGroup objects")
    func otherValues() {
      for value in nonConstructValues() { #expect(!UserGroupTests.isUserGroup(value)) }
    }

    @Test("returns false for imported user groups (not actual UserGroup instances)")
    func importedGroups() {
      let stack = Stack()
      let importedUserGroup = UserGroup.fromUserGroupName(stack, "ImportedUserGroup", "test-group")
      #expect(!UserGroupTests.isUserGroup(importedUserGroup))
    }
  }

  @Suite("import methods")
  struct ImportMethods {
    @Test("fromUserGroupAttributes works with valid userGroupArn")
    func validArn() {
      let stack = Stack()
      let userGroup = UserGroup.fromUserGroupAttributes(
        stack, "ImportedUserGroup", userGroupArn: "arn:aws:elasticache:us-east-1:123456789012:usergroup:my-group")
      #expect(userGroup.userGroupName == "my-group")
      #expect(userGroup.userGroupArn == "arn:aws:elasticache:us-east-1:123456789012:usergroup:my-group")
      #expect(userGroup.engine == nil)
      #expect(userGroup.users == nil)
    }

    @Test("fromUserGroupAttributes works with userGroupName only")
    func nameOnly() {
      let stack = Stack()
      let userGroup = UserGroup.fromUserGroupAttributes(stack, "ImportedUserGroup", userGroupName: "imported-group")
      #expect(userGroup.userGroupName == "imported-group")
      #expect(userGroup.userGroupArn.renderedJSON(in: stack).contains("imported-group"))
      #expect(userGroup.engine == nil)
      #expect(userGroup.users == nil)
    }

    @Test("fromUserGroupAttributes preserves engine when provided")
    func preservesEngine() {
      let stack = Stack()
      let userGroup = UserGroup.fromUserGroupAttributes(
        stack, "ImportedUserGroup", userGroupName: "test-group", engine: .redis)
      #expect(userGroup.engine == .redis)
    }

    @Test("fromUserGroupAttributes preserves users when provided")
    func preservesUsers() throws {
      let stack = Stack()
      let user = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      let userGroup = UserGroup.fromUserGroupAttributes(
        stack, "ImportedUserGroup", userGroupName: "test-group", users: [user])
      let users = try #require(userGroup.users)
      #expect(users.count == 1)
      #expect(users.first?.userId == user.userId)
    }

    @Test("fromUserGroupAttributes works with both engine and users")
    func engineAndUsers() throws {
      let stack = Stack()
      let user = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      let userGroup = UserGroup.fromUserGroupAttributes(
        stack, "ImportedUserGroup", userGroupName: "test-group", engine: .valkey, users: [user])
      #expect(userGroup.userGroupName == "test-group")
      #expect(userGroup.userGroupArn.renderedJSON(in: stack).contains("test-group"))
      #expect(userGroup.engine == .valkey)
      let users = try #require(userGroup.users)
      #expect(users.count == 1)
      #expect(users.first?.userId == user.userId)
    }

    @Test("fromUserGroupAttributes with userGroupArn preserves additional attributes")
    func arnWithAttributes() throws {
      let stack = Stack()
      let arn: StringValue = "arn:aws:elasticache:us-east-1:123456789012:usergroup:my-group"
      let user = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      let userGroup = UserGroup.fromUserGroupAttributes(
        stack, "ImportedUserGroup", userGroupArn: arn, engine: .valkey, users: [user])
      #expect(userGroup.userGroupArn == arn)
      #expect(userGroup.userGroupName == "my-group")
      #expect(userGroup.engine?.engineType == "valkey")
      let users = try #require(userGroup.users)
      #expect(users.count == 1)
      #expect(users.first?.userId == user.userId)
    }

    @Test("fromUserGroupName creates user group with correct properties")
    func fromUserGroupName() {
      let stack = Stack()
      let userGroup = UserGroup.fromUserGroupName(stack, "ImportedUserGroup", "my-group-name")
      #expect(userGroup.userGroupName == "my-group-name")
      #expect(userGroup.userGroupArn.renderedJSON(in: stack).contains("my-group-name"))
      #expect(userGroup.engine == nil)
      #expect(userGroup.users == nil)
    }

    @Test("fromUserGroupArn creates user group with correct properties")
    func fromUserGroupArn() {
      let stack = Stack()
      let arn: StringValue = "arn:aws:elasticache:us-west-2:123456789012:usergroup:test-group"
      let userGroup = UserGroup.fromUserGroupArn(stack, "ImportedUserGroup", arn)
      #expect(userGroup.userGroupName == "test-group")
      #expect(userGroup.userGroupArn == arn)
      #expect(userGroup.engine == nil)
      #expect(userGroup.users == nil)
    }

    @Test("imported user groups cannot add users")
    func importedGroupsCannotAddUsers() {
      let stack = Stack()
      let importedUserGroup = UserGroup.fromUserGroupName(stack, "ImportedUserGroup", "test-group")
      let user = IAMUser(stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      importedUserGroup.addUser(user)
      expectSynthesisError(
        stack,
        "Cannot add users to an imported UserGroup. Only UserGroups created in this stack can be modified.",
        at: "Default/ImportedUserGroup")
    }
  }
}
