import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The port of upstream `password-user.test.ts` (aws/aws-cdk, the newest stored version, reference §7.4):
/// 23 cases.
@Suite("PasswordUser")
struct PasswordUserTests {
  /// Upstream `PasswordUser.isPasswordUser(x)` is Swift's `x is PasswordUser`.
  private static func isPasswordUser(_ value: Any?) -> Bool { value is PasswordUser }

  @Suite("validation errors")
  struct ValidationErrors {
    struct PasswordCountCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      /// Secrets Manager secret ids of the passwords.
      let secretIDs: [String]
      let errorMessage: String
    }

    @Test(
      "validation errors of the passwords",
      arguments: [
        PasswordCountCase(
          testDescription: "when no passwords provided throws validation error", secretIDs: [],
          errorMessage: "Password authentication requires 1-2 passwords."),
        PasswordCountCase(
          testDescription: "when more than 2 passwords provided throws validation error",
          secretIDs: ["secretvalue-1234", "secretvalue-12345", "secretvalue-123456"],
          errorMessage: "Password authentication requires 1-2 passwords."),
      ])
    func passwordCount(_ row: PasswordCountCase) {
      let stack = Stack()
      _ = PasswordUser(
        stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: row.secretIDs.map { SecretValue.secretsManager(StringValue($0)) })
      expectSynthesisError(stack, row.errorMessage, at: "Default/TestUser")
    }
  }

  @Suite("constructor")
  struct Constructor {
    @Test("creates user with minimal required properties (single password)")
    func minimal() throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.unsafePlainText("secretvalue-1234")])
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::User",
        [
          "Engine": "valkey",
          "UserId": "test-user",
          "UserName": "test-user",
          "AccessString": "on ~* +@all",
          "AuthenticationMode": ["Type": "password", "Passwords": ["secretvalue-1234"]],
          "NoPasswordRequired": false,
          "Passwords": Match.absent,
        ])
    }

    @Test("creates user with two passwords")
    func twoPasswords() throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.unsafePlainText("secretvalue-1234"), .unsafePlainText("secretvalue-12345")])
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::User",
        ["AuthenticationMode": ["Type": "password", "Passwords": ["secretvalue-1234", "secretvalue-12345"]]])
    }

    @Test("creates user with all possible properties")
    func allProperties() throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "TestUser", engine: .redis, userId: "test-user", userName: "test-user-name",
        accessControl: .fromAccessString("on ~app:* +@read +@write"), passwords: [.secretsManager("my-secret")])
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::User",
        [
          "Engine": "redis",
          "UserId": "test-user",
          "UserName": "test-user-name",
          "AccessString": "on ~app:* +@read +@write",
          "AuthenticationMode": ["Type": "password", "Passwords": Match.anyValue],
          "NoPasswordRequired": false,
          "Passwords": Match.absent,
        ])
    }

    @Test("creates exactly one ElastiCache user resource")
    func oneResource() throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("my-secret")])
      try Template(stack).resourceCountIs("AWS::ElastiCache::User", 1)
    }
  }

  @Suite("properties")
  struct Properties {
    @Test("exposes correct properties")
    func exposesProperties() {
      let stack = Stack()
      let user = PasswordUser(
        stack, "TestUser", engine: .valkey, userId: "test-user-id", userName: "test-user-name",
        accessControl: .fromAccessString("on ~app:* +@read"), passwords: [.secretsManager("secretvalue-1234")])
      #expect(user.userId == "test-user-id")
      #expect(user.userName == "test-user-name")
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
      let user = PasswordUser(
        stack, "TestUser", engine: .redis, userId: "my-user-id", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("my-secret")])
      #expect(user.userName == "my-user-id")
      #expect(user.engine?.engineType == "redis")
    }

    @Test("handles mixed password types")
    func mixedPasswordTypes() throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "TestUser", userId: "test-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("elasticache/user/password"), .unsafePlainText("plaintext-password")])
      try Template(stack).hasResourceProperties(
        "AWS::ElastiCache::User",
        ["AuthenticationMode": ["Type": "password", "Passwords": [Match.anyValue, "plaintext-password"]]])
    }
  }

  @Suite("isPasswordUser")
  struct IsPasswordUser {
    @Test("returns true for PasswordUser instances")
    func instances() {
      let stack = Stack()
      let user = PasswordUser(
        stack, "TestUser", engine: .valkey, userId: "test-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("my-secret")])
      #expect(PasswordUserTests.isPasswordUser(user))
    }

    @Test("returns false for non-PasswordUser objects")
    func otherValues() {
      for value in nonConstructValues() { #expect(!PasswordUserTests.isPasswordUser(value)) }
    }

    @Test("returns false for imported users (not actual PasswordUser instances)")
    func importedUsers() {
      let stack = Stack()
      let importedUser = PasswordUser.fromUserId(stack, "ImportedUser", "test-user")
      #expect(!PasswordUserTests.isPasswordUser(importedUser))
    }
  }

  @Suite("import methods")
  struct ImportMethods {
    @Test("fromUserAttributes works with valid userArn")
    func validUserArn() {
      let stack = Stack()
      let user = PasswordUser.fromUserAttributes(
        stack, "ImportedUser", userArn: "arn:aws:elasticache:us-east-1:123456789012:user:my-user")
      #expect(user.userId == "my-user")
      #expect(user.userArn == "arn:aws:elasticache:us-east-1:123456789012:user:my-user")
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserAttributes works with userId only")
    func userIdOnly() {
      let stack = Stack()
      let user = PasswordUser.fromUserAttributes(stack, "ImportedUser", userId: "imported-user")
      #expect(user.userId == "imported-user")
      #expect(user.userArn.renderedJSON(in: stack).contains("imported-user"))
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserAttributes preserves engine when provided")
    func preservesEngine() {
      let stack = Stack()
      let user = PasswordUser.fromUserAttributes(stack, "ImportedUser", userId: "test-user", engine: .redis)
      #expect(user.engine == .redis)
    }

    @Test("fromUserAttributes preserves userName when provided")
    func preservesUserName() {
      let stack = Stack()
      let user = PasswordUser.fromUserAttributes(stack, "ImportedUser", userId: "test-user", userName: "custom-name")
      #expect(user.userName == "custom-name")
    }

    @Test("fromUserAttributes works with both engine and userName")
    func engineAndUserName() {
      let stack = Stack()
      let user = PasswordUser.fromUserAttributes(
        stack, "ImportedUser", userId: "test-user", engine: .redis, userName: "custom-name")
      #expect(user.userId == "test-user")
      #expect(user.engine == .redis)
      #expect(user.userName == "custom-name")
    }

    @Test("fromUserAttributes with userArn preserves additional attributes")
    func userArnWithAttributes() {
      let stack = Stack()
      let arn: StringValue = "arn:aws:elasticache:us-east-1:123456789012:user:my-user"
      let user = PasswordUser.fromUserAttributes(
        stack, "ImportedUser", userArn: arn, engine: .valkey, userName: "display-name")
      #expect(user.userArn == arn)
      #expect(user.userId == "my-user")
      #expect(user.engine?.engineType == "valkey")
      #expect(user.userName == "display-name")
    }

    @Test("fromUserId creates user with correct properties")
    func fromUserId() {
      let stack = Stack()
      let user = PasswordUser.fromUserId(stack, "ImportedUser", "my-user-id")
      #expect(user.userId == "my-user-id")
      #expect(user.userArn.renderedJSON(in: stack).contains("my-user-id"))
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("fromUserArn creates user with correct properties")
    func fromUserArn() {
      let stack = Stack()
      let arn: StringValue = "arn:aws:elasticache:us-west-2:123456789012:user:test-user"
      let user = PasswordUser.fromUserArn(stack, "ImportedUser", arn)
      #expect(user.userId == "test-user")
      #expect(user.userArn == arn)
      #expect(user.userName == nil)
      #expect(user.engine == nil)
    }

    @Test("validation errors of imports", arguments: UserImportErrorCase.upstreamCases)
    func importErrors(_ row: UserImportErrorCase) {
      let stack = Stack()
      _ = PasswordUser.fromUserAttributes(
        stack, "ImportedUser", userId: row.userId.map { StringValue($0) }, userArn: row.userArn.map { StringValue($0) })
      expectSynthesisError(stack, row.errorMessage, at: "Default/ImportedUser")
    }
  }
}
