import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// Parameter groups: their family, parameters and checks, and the families of engine versions.
@Suite("Parameter group")
struct ParameterGroupTests {
  @Test("API.md's parameter group, with a parameter added later")
  func apiExample() throws {
    let fixture = StackWithVPC()
    let parameters = ParameterGroup(
      fixture.stack, "Parameters", family: .valkey8, parameters: ["maxmemory-policy": "allkeys-lru"])
    parameters.addParameter("timeout", "300")
    #expect(parameters.parameters == ["maxmemory-policy": "allkeys-lru", "timeout": "300"])
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ParameterGroup",
      Match.exact([
        "CacheParameterGroupFamily": "valkey8",
        "Description": "Parameter group for valkey8.",
        "Properties": ["maxmemory-policy": "allkeys-lru", "timeout": "300"],
      ]))
  }

  @Test("An imported default group is used by name")
  func importedDefaultGroup() throws {
    let fixture = StackWithVPC()
    let parameters = ParameterGroup.fromParameterGroupName(
      fixture.stack, "Default", "default.redis7.cluster.on", family: .redis7, parameters: ["cluster-enabled": "yes"])
    _ = ReplicationGroup(
      fixture.stack, "Cache", vpc: fixture.vpc, engine: .redis7, shards: 2, parameterGroup: parameters)
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup", ["CacheParameterGroupName": "default.redis7.cluster.on"])
  }

  @Test(
    "Each engine version has its family",
    arguments: [
      ("valkey", "7.2", "valkey7"), ("valkey", "8.1", "valkey8"), ("valkey", "9.0", "valkey9"),
      ("redis", "7.1", "redis7"),
      ("redis", "7.0", "redis7"), ("redis", "6.2", "redis6.x"), ("redis", "6.0", "redis6.x"),
      ("redis", "5.0.6", "redis5.0"),
      ("redis", "4.0.10", "redis4.0"), ("memcached", "1.6.22", "memcached1.6"), ("memcached", "1.5.16", "memcached1.5"),
      ("memcached", "1.4.34", "memcached1.4"),
    ])
  func families(engineType: String, version: String, family: String) {
    #expect(ParameterGroupFamily.of(engineType: engineType, version: version)?.name == family)
    #expect(ParameterGroupFamily(family).isKnown)
    #expect(ParameterGroupFamily(family).engineType == engineType)
  }

  @Test("Every known engine version has a known family, and a version that is not one has none")
  func everyVersionHasAFamily() {
    for engine in [CacheEngine.valkeyLatest, .redisLatest, .memcachedLatest] {
      for version in engine.knownVersions {
        #expect(ParameterGroupFamily.of(engineType: engine.engineType, version: version)?.isKnown == true, "\(version)")
      }
    }
    #expect(ParameterGroupFamily.of(engineType: "redis", version: "latest") == nil)
    #expect(
      ParameterGroupFamily.redis7.defaultParameterGroupName(clusterModeEnabled: true) == "default.redis7.cluster.on")
  }

  static let cases: [ExpectedProblem] = [
    ExpectedProblem(
      .unknownParameterGroupFamily, at: "Default/Parameters",
      "The parameter group family 'redis8' is not one this library knows (memcached1.4, memcached1.5, memcached1.6, redis2.6, redis2.8, redis3.2, redis4.0, redis5.0, redis6.x, redis7, valkey7, valkey8, valkey9); ElastiCache rejects families it does not offer.",
      severity: .warning
    ) { _ = ParameterGroup($0.stack, "Parameters", family: "redis8") },
    ExpectedProblem(.invalidParameter, at: "Default/Parameters", "A parameter of the group has an empty name.") {
      _ = ParameterGroup($0.stack, "Parameters", family: .valkey8, parameters: [" ": "1"])
    },
    ExpectedProblem(
      .invalidParameter, at: "Default/Parameters",
      "The parameter cluster-enabled is 'true'; ElastiCache takes yes or no."
    ) { _ = ParameterGroup($0.stack, "Parameters", family: .valkey8, parameters: ["cluster-enabled": "true"]) },
    ExpectedProblem(.invalidDescription, at: "Default/Parameters", "The parameter group's description is empty.") {
      _ = ParameterGroup($0.stack, "Parameters", family: .valkey8, description: "")
    },
  ]

  @Test("Each check reports its code, path, message and fix", arguments: cases)
  func check(_ expected: ExpectedProblem) throws {
    try expected.check()
  }
}
