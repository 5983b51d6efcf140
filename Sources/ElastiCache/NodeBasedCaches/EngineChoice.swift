import Constructs

/// The engine and version of a node-based cache, resolved from what was given: the version to render
/// (the given one, or the newest known version of the engine's major version), the version to check other
/// settings against, and what is wrong with the choice.
struct EngineChoice {
  /// The engine.
  let engine: CacheEngine
  /// The version to render as `EngineVersion`; `nil` when none can be chosen.
  let renderedVersion: StringValue?
  /// The version, when it is known before deployment and well formed.
  let version: EngineVersion?
  /// What is wrong with the engine or version.
  let problems: [Problem]

  /// The choice of `engine` and `engineVersion` for a cache of `kind` (`replication group`, `cache cluster`)
  /// that runs the engine types `supported`.
  init(engine: CacheEngine, engineVersion: StringValue?, kind: String, supported: [String]) {
    self.engine = engine
    (renderedVersion, version, problems) = Self.resolve(engine, engineVersion, kind: kind, supported: supported)
  }

  private static func resolve(_ engine: CacheEngine, _ engineVersion: StringValue?, kind: String, supported: [String])
    -> (StringValue?, EngineVersion?, [Problem])
  {
    var problems: [Problem] = []
    guard supported.contains(engine.engineType) else {
      let fix =
        engine.isMemcached
        ? "Declare a Memcached cache with CacheCluster, or choose the valkey or redis engine."
        : "Choose one of the engines \(supported.joined(separator: ", "))."
      problems.append(
        Problem(.unsupportedCacheEngine, "ElastiCache does not run a \(kind) on the engine '\(engine)'.", fix: fix))
      return (engineVersion, nil, problems)
    }
    let known = engine.knownVersions
    guard let engineVersion else {
      guard let defaultVersion = engine.defaultVersion else {
        problems.append(
          Problem(
            .engineVersionRequired,
            "No \(engine.displayName) \(engine.majorEngineVersion ?? "") version is known to this library, so it cannot choose one.",
            fix: "Pass engineVersion: with the full version to run."))
        return (nil, nil, problems)
      }
      return (StringValue(defaultVersion), EngineVersion(defaultVersion), problems)
    }
    guard let text = engineVersion.literal else { return (engineVersion, nil, problems) }
    let suggestion = known.isEmpty ? "" : " Known versions: \(known.joined(separator: ", "))."
    guard let version = EngineVersion(text) else {
      problems.append(
        Problem(
          .invalidEngineVersion, "The engine version '\(text)' is not a full version such as 7.1 or 1.6.22.",
          fix: "Give the full version to run.\(suggestion)"))
      return (engineVersion, nil, problems)
    }
    if let major = engine.majorEngineVersion, !version.belongs(toMajor: major) {
      problems.append(
        Problem(
          .engineVersionMajorMismatch,
          "The engine version '\(text)' is not a version of \(engine.displayName) \(major).",
          fix:
            "Give a \(major).x version\(known.last.map { " such as \($0)" } ?? ""), or an engine of version \(version.major(of: engine.engineType))."
        ))
    }
    if engine.engineType == "valkey", version < EngineVersion(7, 2) {
      problems.append(
        Problem(
          .unsupportedValkeyVersion,
          "Valkey \(text) is not offered by ElastiCache, whose Valkey versions start at 7.2.",
          fix: "Give Valkey 7.2 or later."))
    } else if !(CacheEngine.nodeBasedVersions[engine.engineType] ?? []).contains(text) {
      problems.append(
        Problem(
          .unknownEngineVersion,
          "\(engine.displayName) \(text) is not a version this library knows; ElastiCache rejects versions it does not offer.",
          fix: "Check the version.\(suggestion)"))
    }
    return (engineVersion, version, problems)
  }

  /// Whether the version is known and older than the minimum `minimums` gives for the engine
  /// (`["redis": "6.2", "memcached": "1.6.6"]`); engines without a minimum are never older.
  func precedes(_ minimums: [String: String]) -> Bool {
    guard let version, let minimum = minimums[engine.engineType].flatMap(EngineVersion.init) else { return false }
    return version < minimum
  }

  /// The version for messages: `Redis OSS 6.0`.
  var versionDescription: String {
    "\(engine.displayName) \(version?.description ?? renderedVersion?.description ?? "")"
  }

  /// The parameter group family of the version; `nil` when the version is unknown before deployment.
  var family: ParameterGroupFamily? {
    version.flatMap { ParameterGroupFamily.of(engineType: engine.engineType, version: $0.description) }
  }
}
