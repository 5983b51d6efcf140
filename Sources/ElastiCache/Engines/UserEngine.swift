/// The engine of users and user groups: an open value type (`UserEngine.of("valkey")`).
///
/// Validation compares engines by ``engineType``.
public struct UserEngine: Sendable, Hashable, CustomStringConvertible {
  /// The engine, as CloudFormation's `Engine` of users and user groups takes it.
  public let engineType: String

  /// An engine by name.
  public static func of(_ engineType: String) -> UserEngine { UserEngine(engineType: engineType) }

  /// Valkey.
  public static let valkey = of("valkey")
  /// Redis OSS.
  public static let redis = of("redis")

  /// The engine type.
  public var description: String { engineType }
}
