public import Constructs

/// A user that needs no password (`AuthenticationMode` `no-password-required`); Redis OSS only.
/// Pair it with a narrow access string, such as `off -@all` for a closed `default` user.
public final class NoPasswordUser: UserBase {
  /// The engines that support users without passwords.
  static let supportedEngines: [UserEngine] = [.redis]

  /// A user without a password, for `engine` (Redis OSS by default).
  public init(
    _ scope: Construct,
    _ id: String,
    engine: UserEngine = .redis,
    userId: StringValue,
    userName: StringValue? = nil,
    accessControl: AccessControl
  ) {
    super.init(
      scope, id, engine: engine, userId: userId, userName: userName, accessControl: accessControl,
      authenticationMode: .init(type: "no-password-required"), noPasswordRequired: true
    )
    if !Self.supportedEngines.contains(where: { $0.engineType == engine.engineType }) {
      let supported = Self.supportedEngines.map(\.engineType).joined(separator: ", ")
      node.addError(
        "NoPasswordEngineNotSupported",
        "Engine '\(engine.engineType)' does not support no-password authentication. Supported engines: \(supported)."
      )
    }
  }
}
