import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The port of upstream `no-password-user.test.ts` (aws/aws-cdk `004ebb57`, reference §7.5): 20 cases, plus
/// the newest case with `UserEngine.of('valkey')` (1b).
@Suite("NoPasswordUser")
struct NoPasswordUserTests {
  /// Upstream `NoPasswordUser.isNoPasswordUser(x)` is Swift's `x is NoPasswordUser`.
  private static func isNoPasswordUser(_ value: Any?) -> Bool { value is NoPasswordUser }

  /// The message of the newest upstream library (`SUPPORTED_NO_PASSWORD_ENGINES`); the stored test at
  /// `004ebb57` still expects the older "Valkey engine does not support no-password authentication.".
  static let valkeyNotSupported =
    "Engine 'valkey' does not support no-password authentication. Supported engines: redis."

  @Suite("validation errors")
  struct ValidationErrors {
    @Test("when using Valkey engine throws validation error")
    func valkeyEngine() {
      let stack = Stack()
      _ = NoPasswordUser(
        stack, "TestUser", engine: .valkey, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      expectSynthesisError(stack, NoPasswordUserTests.valkeyNotSupported, at: "Default/TestUser")
    }

    @Test("when using a Valkey engine built with UserEngine.of() throws validation error")
    func valkeyEngineFromOf() {
      let stack = Stack()
      _ = NoPasswordUser(
        stack, "TestUser", engine: .of("valkey"), userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      expectSynthesisError(stack, NoPasswordUserTests.valkeyNotSupported, at: "Default/TestUser")
    }
  }

  @Suite("constructor")
  struct Constructor {
    @Test("creates user with minimal required properties")
    func minimal() throws {
      let stack = Stack()
      _ = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::User",
        [
          "Engine": "redis",
          "UserId": "test-user",
          "UserName": "test-user",
          "AccessString": "on ~* +@all",
          "AuthenticationMode": ["Type": "no-password-required"],
          "NoPasswordRequired": true,
          "Passwords": Match.absent,
        ])
    }

    @Test("creates user with all possible properties")
    func allProperties() throws {
      let stack = Stack()
      _ = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", userName: "test-user-name",
        accessControl: .fromAccessString("on ~app:* +@read +@write"))
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::User",
        [
          "Engine": "redis",
          "UserId": "test-user",
          "UserName": "test-user-name",
          "AccessString": "on ~app:* +@read +@write",
          "AuthenticationMode": ["Type": "no-password-required"],
          "NoPasswordRequired": true,
          "Passwords": Match.absent,
        ])
    }

    @Test("creates exactly one ElastiCache user resource")
    func oneResource() throws {
      let stack = Stack()
      _ = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      try Template(stack).resourceCountIs("AWS::ElastiCache::User", 1)
    }
  }

  @Suite("properties")
  struct Properties {
    @Test("exposes correct properties")
    func exposesProperties() {
      let stack = Stack()
      let user = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user-id", userName: "test-user-name",
        accessControl: .fromAccessString("on ~app:* +@read"))
      #expect(user.userId == "test-user-id")
      #expect(user.userName == "test-user-name")
      #expect(user.engine == .redis)
      #expect(user.accessString == "on ~app:* +@read")
      // `toBeDefined()` on attribute tokens: they render as the resource's attributes.
      let logicalID = TemplateValue.string(user.resource.logicalID)
      #expect(stack.resolve(user.userArn) == ["Fn::GetAtt": [logicalID, "Arn"]])
      #expect(stack.resolve(user.userStatus) == ["Fn::GetAtt": [logicalID, "Status"]])
    }

    @Test("userName defaults to userId when not provided")
    func userNameDefault() {
      let stack = Stack()
      let user = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "my-user-id", accessControl: .fromAccessString("on ~* +@all"))
      #expect(user.userName == "my-user-id")
      #expect(user.engine?.engineType == "redis")
    }
  }

  @Suite("isNoPasswordUser")
  struct IsNoPasswordUser {
    @Test("returns true for NoPasswordUser instances")
    func instances() {
      let stack = Stack()
      let user = NoPasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"))
      #expect(NoPasswordUserTests.isNoPasswordUser(user))
    }

    @Test("returns false for non-NoPasswordUser objects")
    func otherValues() {
      for value in nonConstructValues() { #expect(!NoPasswordUserTests.isNoPasswordUser(value)) }
    }

    @Test("returns false for imported users (not actual NoPasswordUser instances)")
    func importedUsers() {
      let stack = Stack()
      let importedUser = NoPasswordUser.fromUserId(stack, "ImportedUser", "test-user")
      #expect(!NoPasswordUserTests.isNoPasswordUser(importedUser))
    }
  }

  @Suite("import methods")
  struct ImportMethods {
    @Test("fromUserAttributes works with valid userArn")
    func validUserArn() {
      let stack = Stack()
      let user = NoPasswordUser.fromUserAttributes(
        stack, "ImportedUser", userArn: "arn:aws:elasticache:us-east-1:123456789012:user:my-user")
      #expect(user.userId == "my-user")
      #expect(user.userArn == "arn:aws:elasticache:us-east-1:123456789012:user:my-user")
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserAttributes works with userId only")
    func userIdOnly() {
      let stack = Stack()
      let user = NoPasswordUser.fromUserAttributes(stack, "ImportedUser", userId: "imported-user")
      #expect(user.userId == "imported-user")
      #expect(user.userArn.renderedJSON(in: stack).contains("imported-user"))
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserAttributes preserves engine when provided")
    func preservesEngine() {
      let stack = Stack()
      let user = NoPasswordUser.fromUserAttributes(stack, "ImportedUser", userId: "test-user", engine: .redis)
      #expect(user.engine == .redis)
    }

    @Test("fromUserAttributes preserves userName when provided")
    func preservesUserName() {
      let stack = Stack()
      let user = NoPasswordUser.fromUserAttributes(stack, "ImportedUser", userId: "test-user", userName: "custom-name")
      #expect(user.userName == "custom-name")
    }

    @Test("fromUserAttributes works with both engine and userName")
    func engineAndUserName() {
      let stack = Stack()
      let user = NoPasswordUser.fromUserAttributes(
        stack, "ImportedUser", userId: "test-user", engine: .redis, userName: "custom-name")
      #expect(user.userId == "test-user")
      #expect(user.engine == .redis)
      #expect(user.userName == "custom-name")
    }

    @Test("fromUserAttributes with userArn preserves additional attributes")
    func userArnWithAttributes() {
      let stack = Stack()
      let arn: StringValue = "arn:aws:elasticache:us-east-1:123456789012:user:my-user"
      let user = NoPasswordUser.fromUserAttributes(
        stack, "ImportedUser", userArn: arn, engine: .redis, userName: "display-name")
      #expect(user.userArn == arn)
      #expect(user.userId == "my-user")
      #expect(user.engine?.engineType == "redis")
      #expect(user.userName == "display-name")
    }

    @Test("fromUserId creates user with correct properties")
    func fromUserId() {
      let stack = Stack()
      let user = NoPasswordUser.fromUserId(stack, "ImportedUser", "my-user-id")
      #expect(user.userId == "my-user-id")
      #expect(user.userArn.renderedJSON(in: stack).contains("my-user-id"))
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserArn creates user with correct properties")
    func fromUserArn() {
      let stack = Stack()
      let arn: StringValue = "arn:aws:elasticache:us-west-2:123456789012:user:test-user"
      let user = NoPasswordUser.fromUserArn(stack, "ImportedUser", arn)
      #expect(user.userId == "test-user")
      #expect(user.userArn == arn)
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("validation errors of imports", arguments: UserImportErrorCase.upstreamCases)
    func importErrors(_ row: UserImportErrorCase) {
      let stack = Stack()
      _ = NoPasswordUser.fromUserAttributes(
        stack, "ImportedUser", userId: row.userId.map { StringValue($0) }, userArn: row.userArn.map { StringValue($0) })
      expectSynthesisError(stack, row.errorMessage, at: "Default/ImportedUser")
    }
  }
}
