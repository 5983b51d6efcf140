/// A cache engine and, optionally, its major version: an open value type, so new engine versions
/// work before this library names them (`CacheEngine.of("valkey", majorVersion: "10")`).
///
/// Validation compares engines by ``engineType``.
public struct CacheEngine: Sendable, Hashable, CustomStringConvertible {
  /// The engine, as CloudFormation's `Engine` takes it: `valkey`, `redis` or `memcached`.
  public let engineType: String
  /// The major version (`MajorEngineVersion`); `nil` selects the latest.
  public let majorEngineVersion: String?

  /// An engine and, optionally, its major version (`nil` selects the latest).
  public static func of(_ engineType: String, majorVersion: String? = nil) -> CacheEngine {
    CacheEngine(engineType: engineType, majorEngineVersion: majorVersion)
  }

  /// Valkey, latest major version; the minor version is selected automatically.
  public static let valkeyLatest = of("valkey")
  /// Valkey 7.
  public static let valkey7 = of("valkey", majorVersion: "7")
  /// Valkey 8.
  public static let valkey8 = of("valkey", majorVersion: "8")
  /// Valkey 9.
  public static let valkey9 = of("valkey", majorVersion: "9")
  /// Redis OSS, latest major version.
  public static let redisLatest = of("redis")
  /// Redis OSS 7.
  public static let redis7 = of("redis", majorVersion: "7")
  /// Memcached, latest major version.
  public static let memcachedLatest = of("memcached")
  /// Memcached 1.6.
  public static let memcached1_6 = of("memcached", majorVersion: "1.6")

  /// `valkey`, or `valkey_8` with a major version, as the AWS CDK prints engines.
  public var description: String { majorEngineVersion.map { "\(engineType)_\($0)" } ?? engineType }

  /// Whether the engine supports users and user groups (Valkey and Redis OSS do, Memcached does not).
  public var supportsUserGroups: Bool { engineType != "memcached" }

  /// The port clients connect to by default: 11211 for Memcached, 6379 otherwise.
  public var defaultPort: Int { engineType == "memcached" ? 11211 : 6379 }
}
