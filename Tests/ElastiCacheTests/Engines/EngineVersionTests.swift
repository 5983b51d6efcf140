import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The full engine versions of node-based caches and their defaults.
@Suite("Engine versions")
struct EngineVersionTests {
  @Test("Known versions are those ElastiCache offers, filtered by the engine's major version")
  func knownVersions() {
    #expect(CacheEngine.valkeyLatest.knownVersions == ["7.2", "8.0", "8.1", "8.2", "9.0"])
    #expect(CacheEngine.valkey8.knownVersions == ["8.0", "8.1", "8.2"])
    #expect(CacheEngine.redis7.knownVersions == ["7.0", "7.1"])
    #expect(CacheEngine.memcached1_6.knownVersions == ["1.6.6", "1.6.12", "1.6.17", "1.6.22"])
    #expect(CacheEngine.of("valkey", majorVersion: "10").knownVersions.isEmpty)
    #expect(CacheEngine.of("keydb").knownVersions.isEmpty)
  }

  @Test("The default version is the newest of the major version")
  func defaultVersion() {
    #expect(CacheEngine.valkeyLatest.defaultVersion == "9.0")
    #expect(CacheEngine.valkey7.defaultVersion == "7.2")
    #expect(CacheEngine.redisLatest.defaultVersion == "7.1")
    #expect(CacheEngine.memcachedLatest.defaultVersion == "1.6.22")
    #expect(CacheEngine.of("memcached", majorVersion: "1.5").defaultVersion == "1.5.16")
    #expect(CacheEngine.of("valkey", majorVersion: "10").defaultVersion == nil)
  }

  @Test("A version of another major version than the engine's is reported with both")
  func versionOfOneMajorDoesNotMatchAnother() throws {
    let fixture = StackWithVPC()
    _ = CacheCluster(fixture.stack, "Memcached", vpc: fixture.vpc, engine: .memcached1_6, engineVersion: "1.5.16")
    #expect(errorCodes(of: fixture.stack).contains("EngineVersionMajorMismatch"))
  }
}
