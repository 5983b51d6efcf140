public import Constructs

/// Scaling limits of a serverless cache: its data storage (GiB, billed as `GB`) and its request rate
/// (ElastiCache Processing Units per second).
public struct CacheUsageLimits: Sendable, Equatable {
  /// The storage the cache keeps available at least (1–5,000 GB).
  public var dataStorageMinimumSize: Size?
  /// The storage the cache may use at most (1–5,000 GB).
  public var dataStorageMaximumSize: Size?
  /// The request rate the cache keeps available at least (1,000–15,000,000 ECPU/s).
  public var requestRateLimitMinimum: Int?
  /// The request rate the cache may use at most (1,000–15,000,000 ECPU/s).
  public var requestRateLimitMaximum: Int?

  /// Limits; leave a bound `nil` to have none.
  public init(
    dataStorageMinimumSize: Size? = nil,
    dataStorageMaximumSize: Size? = nil,
    requestRateLimitMinimum: Int? = nil,
    requestRateLimitMaximum: Int? = nil
  ) {
    self.dataStorageMinimumSize = dataStorageMinimumSize
    self.dataStorageMaximumSize = dataStorageMaximumSize
    self.requestRateLimitMinimum = requestRateLimitMinimum
    self.requestRateLimitMaximum = requestRateLimitMaximum
  }
}
