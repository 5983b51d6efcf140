import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// Every upstream validation of users and their imports (reference §2.3, V24–V29), each with its exact
/// message and the path of the construct it is recorded on.
@Suite("User validations")
struct UserValidationTests {
  struct ValidationCase: Sendable, CustomTestStringConvertible {
    let number: String
    let message: String
    let path: String
    let build: @Sendable (Stack) -> Void
    var testDescription: String { "\(number): \(message)" }
  }

  static let cases: [ValidationCase] = [
    ValidationCase(
      number: "V24", message: "For IAM authentication, userName must be equal to userId.", path: "Default/IamUser"
    ) {
      _ = IAMUser(
        $0, "IamUser", engine: .redis, userId: "reader", userName: "default",
        accessControl: .fromAccessString("on ~* +@read"))
    },
    ValidationCase(number: "V25", message: "Password authentication requires 1-2 passwords.", path: "Default/Users/Pw")
    {
      let scope = Construct($0, "Users")
      _ = PasswordUser(
        scope, "Pw", userId: "pw-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("a"), .secretsManager("b"), .secretsManager("c")])
    },
    ValidationCase(
      number: "V26",
      message: "Engine 'valkey' does not support no-password authentication. Supported engines: redis.",
      path: "Default/NoPassword"
    ) {
      _ = NoPasswordUser(
        $0, "NoPassword", engine: .valkey, userId: "no-password", accessControl: .fromAccessString("off -@all"))
    },
    ValidationCase(
      number: "V27", message: "Only one of userArn or userId can be provided.", path: "Default/Imported"
    ) {
      _ = NoPasswordUser.fromUserAttributes(
        $0, "Imported", userId: "a", userArn: "arn:aws:elasticache:us-east-1:123456789012:user:a")
    },
    ValidationCase(number: "V28", message: "Unable to extract user id from ARN.", path: "Default/Imported") {
      _ = IAMUser.fromUserArn($0, "Imported", "arn:aws:elasticache:us-east-1:123456789012:user")
    },
    ValidationCase(number: "V29", message: "One of userId or userArn is required.", path: "Default/Imported") {
      _ = PasswordUser.fromUserAttributes($0, "Imported", engine: .valkey, userName: "someone")
    },
  ]

  @Test("Each upstream validation reports its message on the construct's path", arguments: cases)
  func validation(_ row: ValidationCase) throws {
    let stack = Stack()
    row.build(stack)
    let error = try #require(expectSynthesisError(stack, row.message, at: row.path))
    #expect(error.errors.count == 1, "Expected only this error, got:\n\(error)")
  }

  @Test("The older NoPasswordUser message for Valkey is not used; any non-Redis engine is rejected by name")
  func noPasswordEngines() throws {
    let stack = Stack()
    _ = NoPasswordUser(
      stack, "Future", engine: .of("futureengine"), userId: "future", accessControl: .fromAccessString("off -@all"))
    _ = NoPasswordUser(stack, "Redis", userId: "redis-user", accessControl: .fromAccessString("off -@all"))
    let error = try #require(
      expectSynthesisError(
        stack, "Engine 'futureengine' does not support no-password authentication. Supported engines: redis.",
        at: "Default/Future"))
    #expect(!error.errors.contains { $0.message == "Valkey engine does not support no-password authentication." })
    #expect(!error.errors.contains { $0.path == "Default/Redis" })
  }

  @Test("A user ARN that is not an ARN reports the core's parsing error")
  func notAnArn() {
    let stack = Stack()
    _ = IAMUser.fromUserArn(stack, "Imported", "my-user")
    expectSynthesisError(
      stack, "ARNs must start with \"arn:\" and have at least 6 components: my-user", at: "Default/Imported")
  }
}
