/// The environment variables through which a service finds its cache secret and its health check.
public enum CacheEnvironmentVariable {
  /// The ARN (or, locally, the file) of the service's cache secret.
  public static let secretARN = "REDIS_SECRET_ARN"
  /// Set to ``healthCheckPing`` when the service's health path should ping the cache.
  public static let healthCheck = "REDIS_HEALTH_CHECK"
  /// The value of ``healthCheck`` that asks for a ping.
  public static let healthCheckPing = "ping"
}
