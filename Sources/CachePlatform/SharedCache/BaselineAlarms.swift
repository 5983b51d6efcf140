/// The alarms a shared cache starts with: ECPU consumption, data stored and client connections.
/// Tune a threshold, or set an alarm to `nil` to turn it off.
public struct BaselineAlarms: Sendable, Equatable {
  /// When an alarm fires: at or above `threshold` for `evaluationPeriods` periods of 5 minutes.
  public struct Threshold: Sendable, Equatable {
    /// The value at or above which the alarm fires.
    public var threshold: Double
    /// How many consecutive 5-minute periods must breach.
    public var evaluationPeriods: Int

    /// A threshold over consecutive periods.
    public init(threshold: Double, evaluationPeriods: Int = 3) {
      self.threshold = threshold
      self.evaluationPeriods = evaluationPeriods
    }
  }

  /// Average ElastiCache Processing Units consumed (`ElastiCacheProcessingUnits`).
  public var processingUnits: Threshold?
  /// Bytes stored (`BytesUsedForCache`, maximum).
  public var dataStored: Threshold?
  /// Client connections (`CurrConnections`, maximum).
  public var connections: Threshold?

  /// Baseline alarms: by default at 1,000,000 ECPUs, 8 GiB stored and 5,000 connections.
  public init(
    processingUnits: Threshold? = Threshold(threshold: 1_000_000),
    dataStored: Threshold? = Threshold(threshold: 8 * 1024 * 1024 * 1024),
    connections: Threshold? = Threshold(threshold: 5_000)
  ) {
    self.processingUnits = processingUnits
    self.dataStored = dataStored
    self.connections = connections
  }

  /// No alarms.
  public static let none = BaselineAlarms(processingUnits: nil, dataStored: nil, connections: nil)
}
