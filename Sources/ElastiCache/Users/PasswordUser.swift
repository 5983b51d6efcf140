public import Constructs

/// A user that authenticates with one or two passwords (`AuthenticationMode` `password`), given as
/// secrets so they never appear in the template.
public final class PasswordUser: UserBase {
  /// A user authenticating with `passwords` (one or two), for `engine` (Valkey by default).
  public init(
    _ scope: Construct,
    _ id: String,
    engine: UserEngine = .valkey,
    userId: StringValue,
    userName: StringValue? = nil,
    accessControl: AccessControl,
    passwords: [SecretValue]
  ) {
    super.init(
      scope, id, engine: engine, userId: userId, userName: userName, accessControl: accessControl,
      authenticationMode: .init(type: "password", passwords: StringListValue(passwords.map { $0.unsafeUnwrap() })),
      noPasswordRequired: false
    )
    if passwords.isEmpty || passwords.count > 2 {
      node.addError("InvalidPasswordCount", "Password authentication requires 1-2 passwords.")
    }
    UserChecks.checkPasswords(passwords, on: node)
  }
}
