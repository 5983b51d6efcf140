/// A cache parameter group family, such as `valkey8`, `redis7` or `memcached1.6`: which engine versions a
/// parameter group can configure. An open value type, so families ElastiCache adds later work before
/// this library names them (`ParameterGroupFamily("valkey10")`).
public struct ParameterGroupFamily: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The family's name, as CloudFormation's `CacheParameterGroupFamily` takes it.
  public let name: String

  /// A family by name.
  public init(_ name: String) { self.name = name }

  /// A family by name.
  public init(stringLiteral name: String) { self.init(name) }

  /// Memcached 1.4.
  public static let memcached1_4 = ParameterGroupFamily("memcached1.4")
  /// Memcached 1.5.
  public static let memcached1_5 = ParameterGroupFamily("memcached1.5")
  /// Memcached 1.6.
  public static let memcached1_6 = ParameterGroupFamily("memcached1.6")
  /// Redis OSS 2.6.
  public static let redis2_6 = ParameterGroupFamily("redis2.6")
  /// Redis OSS 2.8.
  public static let redis2_8 = ParameterGroupFamily("redis2.8")
  /// Redis OSS 3.2.
  public static let redis3_2 = ParameterGroupFamily("redis3.2")
  /// Redis OSS 4.0.
  public static let redis4_0 = ParameterGroupFamily("redis4.0")
  /// Redis OSS 5.0.
  public static let redis5_0 = ParameterGroupFamily("redis5.0")
  /// Redis OSS 6.0 and 6.2.
  public static let redis6_x = ParameterGroupFamily("redis6.x")
  /// Redis OSS 7.0 and 7.1.
  public static let redis7 = ParameterGroupFamily("redis7")
  /// Valkey 7.2.
  public static let valkey7 = ParameterGroupFamily("valkey7")
  /// Valkey 8.0, 8.1 and 8.2.
  public static let valkey8 = ParameterGroupFamily("valkey8")
  /// Valkey 9.
  public static let valkey9 = ParameterGroupFamily("valkey9")

  /// Every family this library knows, one per supported engine major version.
  public static let knownFamilies: [ParameterGroupFamily] = [
    .memcached1_4, .memcached1_5, .memcached1_6, .redis2_6, .redis2_8, .redis3_2, .redis4_0, .redis5_0, .redis6_x,
    .redis7, .valkey7, .valkey8, .valkey9,
  ]

  /// The family of an engine version: `valkey` `8.1` is `valkey8`, `redis` `6.2` is `redis6.x`, `redis` `5.0.6`
  /// is `redis5.0`, `memcached` `1.6.22` is `memcached1.6`; `nil` when the version is not a version.
  public static func of(engineType: String, version: String) -> ParameterGroupFamily? {
    guard let parsed = EngineVersion(version) else { return nil }
    let major = parsed.components[0]
    let minor = parsed.components[1]
    switch engineType {
    case "redis" where major == 6: return ParameterGroupFamily("redis6.x")
    case "redis" where major < 6, "memcached": return ParameterGroupFamily("\(engineType)\(major).\(minor)")
    default: return ParameterGroupFamily("\(engineType)\(major)")
    }
  }

  /// The engine of the family: the letters its name starts with (`valkey`, `redis`, `memcached`).
  public var engineType: String { String(name.prefix { $0.isLetter }) }

  /// Whether this library knows the family.
  public var isKnown: Bool { Self.knownFamilies.contains(self) }

  /// The name of the family's default parameter group, which ElastiCache creates and nobody can modify:
  /// `default.redis7`, or `default.redis7.cluster.on` for a cluster-mode-enabled replication group.
  public func defaultParameterGroupName(clusterModeEnabled: Bool = false) -> String {
    "default.\(name)" + (clusterModeEnabled ? ".cluster.on" : "")
  }

  public var description: String { name }
}
