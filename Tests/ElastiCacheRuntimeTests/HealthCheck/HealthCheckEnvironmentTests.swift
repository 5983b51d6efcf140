import ElastiCacheRuntime
import Testing

@Suite("Health check requested by the environment")
struct HealthCheckEnvironmentTests {
  @Test("REDIS_HEALTH_CHECK=ping asks for the cache ping; anything else does not")
  func requested() {
    #expect(CacheHealthCheck.isRequested(in: ["REDIS_HEALTH_CHECK": "ping"]))
    #expect(CacheHealthCheck.isRequested(in: ["REDIS_HEALTH_CHECK": "PING"]))
    #expect(!CacheHealthCheck.isRequested(in: ["REDIS_HEALTH_CHECK": "off"]))
    #expect(!CacheHealthCheck.isRequested(in: [:]))
  }
}
