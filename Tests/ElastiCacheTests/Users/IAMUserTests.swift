import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The port of upstream `iam-user.test.ts` (aws/aws-cdk `c5f6819a`, reference §7.3): 24 cases.
@Suite("IamUser")
struct IAMUserTests {
  /// Upstream `IamUser.isIamUser(x)` is Swift's `x is IAMUser`.
  private static func isIAMUser(_ value: Any?) -> Bool { value is IAMUser }

  @Suite("validation errors")
  struct ValidationErrors {
    struct NameCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      let userId: String
      let userName: String
      let errorMessage: String
    }

    @Test(
      "validation errors of the user name",
      arguments: [
        NameCase(
          testDescription: "when userName differs from userId throws validation error", userId: "test-user",
          userName: "different-name", errorMessage: "For IAM authentication, userName must be equal to userId.")
      ])
    func userName(_ row: NameCase) {
      let stack = Stack()
      _ = IAMUser(
        stack, "TestUser", userId: StringValue(row.userId), userName: StringValue(row.userName),
        accessControl: .fromAccessString("on ~* +@all"))
      expectSynthesisError(stack, row.errorMessage, at: "Default/TestUser")
    }
  }

  @Suite("constructor")
  struct Constructor {
    @Test("creates user with minimal required properties")
    func minimal() throws {
      let stack = Stack()
      _ = IAMUser(stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::User",
        [
          "Engine": "valkey",
          "UserId": "test-user",
          "UserName": "test-user",
          "AccessString": "on ~* +@all",
          "AuthenticationMode": ["Type": "iam"],
          "NoPasswordRequired": false,
          "Passwords": Match.absent,
        ])
    }

    @Test("creates user with all possible properties")
    func allProperties() throws {
      let stack = Stack()
      _ = IAMUser(
        stack, "TestUser", engine: .redis, userId: "test-user", userName: "test-user",
        accessControl: .fromAccessString("on ~app:* +@read +@write"))
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::User",
        [
          "Engine": "redis",
          "UserId": "test-user",
          "UserName": "test-user",
          "AccessString": "on ~app:* +@read +@write",
          "AuthenticationMode": ["Type": "iam"],
          "NoPasswordRequired": false,
          "Passwords": Match.absent,
        ])
    }

    @Test("creates exactly one ElastiCache user resource")
    func oneResource() throws {
      let stack = Stack()
      _ = IAMUser(stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      try Template(stack).resourceCountIs("AWS::ElastiCache::User", 1)
    }
  }

  @Suite("properties")
  struct Properties {
    @Test("exposes correct properties")
    func exposesProperties() {
      let stack = Stack()
      let user = IAMUser(
        stack, "TestUser", engine: .valkey, userId: "test-user-id", userName: "test-user-id",
        accessControl: .fromAccessString("on ~app:* +@read"))
      #expect(user.userId == "test-user-id")
      #expect(user.userName == "test-user-id")
      #expect(user.engine?.engineType == "valkey")
      #expect(user.accessString == "on ~app:* +@read")
      // `toBeDefined()` on attribute tokens: they render as the resource's attributes.
      let logicalID = TemplateValue.string(user.resource.logicalID)
      #expect(stack.resolve(user.userArn) == ["Fn::GetAtt": [logicalID, "Arn"]])
      #expect(stack.resolve(user.userStatus) == ["Fn::GetAtt": [logicalID, "Status"]])
    }

    @Test("userName defaults to userId when not provided")
    func userNameDefault() {
      let stack = Stack()
      let user = IAMUser(
        stack, "TestUser", engine: .redis, userId: "my-user-id", accessControl: .fromAccessString("on ~* +@all"))
      #expect(user.userName == "my-user-id")
      #expect(user.engine?.engineType == "redis")
    }
  }

  @Suite("isIamUser")
  struct IsIAMUser {
    @Test("returns true for IamUser instances")
    func instances() {
      let stack = Stack()
      let user = IAMUser(
        stack, "TestUser", engine: .valkey, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      #expect(IAMUserTests.isIAMUser(user))
    }

    @Test("returns false for non-IamUser objects")
    func otherValues() {
      for value in nonConstructValues() { #expect(!IAMUserTests.isIAMUser(value)) }
    }

    @Test("returns false for imported users (not actual IamUser instances)")
    func importedUsers() {
      let stack = Stack()
      let importedUser = IAMUser.fromUserId(stack, "ImportedUser", "test-user")
      #expect(!IAMUserTests.isIAMUser(importedUser))
    }
  }

  @Suite("IAM permissions")
  struct IAMPermissions {
    /// The upstream fixture: `new IamUser(stack, 'TestUser', { userId: 'test-user' })` and a role.
    struct RoleFixture {
      let stack = Stack()
      let user: IAMUser
      let role: IAM.Role

      init() {
        user = IAMUser(stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
        role = IAM.Role(stack, "TestRole", assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com"))
      }

      func expectStatement(action: Match) throws {
        try Template(stack).hasResourceProperties(
          "AWS::IAM::Policy",
          [
            "PolicyDocument": [
              "Statement": Match.arrayWith([
                ["Effect": "Allow", "Action": action, "Resource": ["Fn::GetAtt": [Match.anyValue, "Arn"]]]
              ])
            ]
          ])
      }
    }

    @Test("grantConnect adds correct IAM permissions")
    func grantConnect() throws {
      let fixture = RoleFixture()
      fixture.user.grantConnect(fixture.role)
      try fixture.expectStatement(action: "elasticache:Connect")
    }

    @Test("grant adds custom IAM permissions")
    func grant() throws {
      let fixture = RoleFixture()
      fixture.user.grant(fixture.role, "elasticache:Connect", "elasticache:DescribeUsers")
      try fixture.expectStatement(action: ["elasticache:Connect", "elasticache:DescribeUsers"])
    }

    @Test("grant works with single action")
    func grantSingleAction() throws {
      let fixture = RoleFixture()
      fixture.user.grant(fixture.role, "elasticache:Connect")
      try fixture.expectStatement(action: "elasticache:Connect")
    }
  }

  @Suite("import methods")
  struct ImportMethods {
    @Test("fromUserAttributes works with valid userArn")
    func validUserArn() {
      let stack = Stack()
      let user = IAMUser.fromUserAttributes(
        stack, "ImportedUser", userArn: "arn:aws:elasticache:us-east-1:123456789012:user:my-user")
      #expect(user.userId == "my-user")
      #expect(user.userArn == "arn:aws:elasticache:us-east-1:123456789012:user:my-user")
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserAttributes works with userId only")
    func userIdOnly() {
      let stack = Stack()
      let user = IAMUser.fromUserAttributes(stack, "ImportedUser", userId: "imported-user")
      #expect(user.userId == "imported-user")
      #expect(user.userArn.renderedJSON(in: stack).contains("imported-user"))
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserAttributes preserves engine when provided")
    func preservesEngine() {
      let stack = Stack()
      let user = IAMUser.fromUserAttributes(stack, "ImportedUser", userId: "test-user", engine: .redis)
      #expect(user.engine == .redis)
    }

    @Test("fromUserAttributes preserves userName when provided")
    func preservesUserName() {
      let stack = Stack()
      let user = IAMUser.fromUserAttributes(stack, "ImportedUser", userId: "test-user", userName: "test-user")
      #expect(user.userName == "test-user")
    }

    @Test("fromUserAttributes works with both engine and userName")
    func engineAndUserName() {
      let stack = Stack()
      let user = IAMUser.fromUserAttributes(
        stack, "ImportedUser", userId: "test-user", engine: .redis, userName: "test-user")
      #expect(user.userId == "test-user")
      #expect(user.engine == .redis)
      #expect(user.userName == "test-user")
    }

    @Test("fromUserAttributes with userArn preserves additional attributes")
    func userArnWithAttributes() {
      let stack = Stack()
      let arn: StringValue = "arn:aws:elasticache:us-east-1:123456789012:user:my-user"
      let user = IAMUser.fromUserAttributes(stack, "ImportedUser", userArn: arn, engine: .valkey, userName: "my-user")
      #expect(user.userArn == arn)
      #expect(user.userId == "my-user")
      #expect(user.engine?.engineType == "valkey")
      #expect(user.userName == "my-user")
    }

    @Test("fromUserId creates user with correct properties")
    func fromUserId() {
      let stack = Stack()
      let user = IAMUser.fromUserId(stack, "ImportedUser", "my-user-id")
      #expect(user.userId == "my-user-id")
      #expect(user.userArn.renderedJSON(in: stack).contains("my-user-id"))
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserArn creates user with correct properties")
    func fromUserArn() {
      let stack = Stack()
      let arn: StringValue = "arn:aws:elasticache:us-west-2:123456789012:user:test-user"
      let user = IAMUser.fromUserArn(stack, "ImportedUser", arn)
      #expect(user.userId == "test-user")
      #expect(user.userArn == arn)
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("import methods do not validate userName equals userId constraint")
    func importsSkipNameCheck() throws {
      let stack = Stack()
      // Import methods assume the external user is valid.
      let user = IAMUser.fromUserAttributes(stack, "ImportedUser", userId: "test-user", userName: "different-name")
      #expect(user.userName == "different-name")
      #expect(user.userId == "test-user")
      // The stack holds no resource, so it is synthesized without keeping a template to lint.
      _ = try synthesizedAssembly(of: stack)
    }

    @Test("validation errors of imports", arguments: UserImportErrorCase.upstreamCases)
    func importErrors(_ row: UserImportErrorCase) {
      let stack = Stack()
      _ = IAMUser.fromUserAttributes(
        stack, "ImportedUser", userId: row.userId.map { StringValue($0) }, userArn: row.userArn.map { StringValue($0) })
      expectSynthesisError(stack, row.errorMessage, at: "Default/ImportedUser")
    }
  }
}

/// A row of the upstream table of user import errors, the same in the three user test files.
struct UserImportErrorCase: Sendable, CustomTestStringConvertible {
  let testDescription: String
  var userArn: String? = nil
  var userId: String? = nil
  let errorMessage: String

  static let upstreamCases = [
    UserImportErrorCase(
      testDescription: "when passing both userId and userArn throws validation error",
      userArn: "arn:aws:elasticache:us-east-1:999999999999:user:test-user", userId: "test-user",
      errorMessage: "Only one of userArn or userId can be provided."),
    UserImportErrorCase(
      testDescription: "when passing neither userId nor userArn throws validation error",
      errorMessage: "One of userId or userArn is required."),
    UserImportErrorCase(
      testDescription: "when passing invalid userArn (no user id) throws validation error",
      userArn: "arn:aws:elasticache:us-east-1:999999999999:user", errorMessage: "Unable to extract user id from ARN."),
  ]
}
