public import Constructs

/// The thresholds of the alarms `recommendedAlarms()` creates on every node of a node-based cache. Each
/// alarm fires when its metric stays at or above the threshold for five consecutive minutes; the
/// defaults follow ElastiCache's monitoring guidance and are starting points to tune to the workload.
public struct CacheAlarmThresholds: Sendable, Equatable {
  /// `EngineCPUUtilization`, %, the engine thread's CPU (Valkey and Redis OSS): 90 by default, the point
  /// where commands start to queue; scale up, or out with shards.
  public var engineCPUUtilization: Double
  /// `CPUUtilization`, %, the host's CPU: 90 by default; on nodes of two vCPUs or fewer this is where the
  /// engine and background work (snapshots, replication) compete.
  public var cpuUtilization: Double
  /// `DatabaseMemoryUsagePercentage`, %, the memory available for data in use (Valkey and Redis OSS): 80 by
  /// default, leaving room for replication buffers and snapshots before evictions start.
  public var databaseMemoryUsage: Double
  /// `Evictions` per minute: 100 by default, an eviction storm rather than the trickle a full cache with
  /// an LRU policy shows; size the cache up or shorten time-to-live values.
  public var evictions: Double
  /// `CurrConnections`: 58,500 by default, 90% of the 65,000 clients a node accepts; look for connection
  /// leaks or add connection pooling.
  public var currConnections: Double
  /// `ReplicationLag`, seconds, on replicas: 30 by default; writes in that window are lost on failover.
  public var replicationLag: Double
  /// `SwapUsage`: 50 MiB by default, the most swap ElastiCache's guidance tolerates before scaling up.
  public var swapUsage: Size

  /// Thresholds; leave one out to keep its default.
  public init(
    engineCPUUtilization: Double = 90,
    cpuUtilization: Double = 90,
    databaseMemoryUsage: Double = 80,
    evictions: Double = 100,
    currConnections: Double = 58_500,
    replicationLag: Double = 30,
    swapUsage: Size = .mebibytes(50)
  ) {
    self.engineCPUUtilization = engineCPUUtilization
    self.cpuUtilization = cpuUtilization
    self.databaseMemoryUsage = databaseMemoryUsage
    self.evictions = evictions
    self.currConnections = currConnections
    self.replicationLag = replicationLag
    self.swapUsage = swapUsage
  }
}
