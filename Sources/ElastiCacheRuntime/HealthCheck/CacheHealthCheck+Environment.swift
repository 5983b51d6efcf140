public import Foundation

extension CacheHealthCheck {
  /// The environment variable with which the platform's `ServiceCacheAccess.bind(to:)` asks the service
  /// to ping the cache in its health path.
  public static let environmentVariable = "REDIS_HEALTH_CHECK"

  /// Whether the environment asks for the cache ping in the service's health path (`REDIS_HEALTH_CHECK=ping`).
  public static func isRequested(in environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    environment[environmentVariable]?.lowercased() == "ping"
  }
}
