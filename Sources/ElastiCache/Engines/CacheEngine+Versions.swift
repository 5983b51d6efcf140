extension CacheEngine {
  /// The full versions ElastiCache offers for node-based caches, per engine type and oldest first: the
  /// versions `DescribeCacheEngineVersions` lists (the list cfn-lint 1.58 checks templates against).
  static let nodeBasedVersions: [String: [String]] = [
    "valkey": ["7.2", "8.0", "8.1", "8.2", "9.0"],
    "redis": ["4.0.10", "5.0.6", "6.0", "6.2", "7.0", "7.1"],
    "memcached": [
      "1.4.5", "1.4.14", "1.4.24", "1.4.33", "1.4.34", "1.5.10", "1.5.16", "1.6.6", "1.6.12", "1.6.17", "1.6.22",
    ],
  ]

  /// The full versions a node-based cache of this engine can run, oldest first: all versions of the
  /// engine, or those of its major version (`CacheEngine.redis7.knownVersions` is `["7.0", "7.1"]`).
  ///
  /// Versions ElastiCache released after this library are missing; give them as `engineVersion:` anyway.
  public var knownVersions: [String] {
    let versions = Self.nodeBasedVersions[engineType] ?? []
    guard let majorEngineVersion else { return versions }
    return versions.filter { EngineVersion($0)?.belongs(toMajor: majorEngineVersion) == true }
  }

  /// The version a replication group or cache cluster runs unless it is given one: the newest known
  /// version of the engine's major version (or of the engine); `nil` when none is known.
  public var defaultVersion: String? { knownVersions.last }

  /// The engine's name for people: `Valkey`, `Redis OSS`, `Memcached`, or the engine type.
  var displayName: String {
    switch engineType {
    case "valkey": "Valkey"
    case "redis": "Redis OSS"
    case "memcached": "Memcached"
    default: engineType
    }
  }

  /// Whether the engine is Memcached.
  var isMemcached: Bool { engineType == Self.memcachedLatest.engineType }
}
