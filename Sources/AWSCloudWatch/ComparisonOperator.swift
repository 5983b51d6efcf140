extension CloudWatch {
  /// How an alarm compares its metric with the threshold.
  public enum ComparisonOperator: String, Sendable, CaseIterable {
    /// The metric is at or above the threshold (the default).
    case greaterThanOrEqualToThreshold = "GreaterThanOrEqualToThreshold"
    /// The metric is above the threshold.
    case greaterThanThreshold = "GreaterThanThreshold"
    /// The metric is below the threshold.
    case lessThanThreshold = "LessThanThreshold"
    /// The metric is at or below the threshold.
    case lessThanOrEqualToThreshold = "LessThanOrEqualToThreshold"
    /// Anomaly detection: the metric is outside the band. Needs an `ANOMALY_DETECTION_BAND()` metric,
    /// which this library does not model, so an ``Alarm`` with it reports an error.
    case lessThanLowerOrGreaterThanUpperThreshold = "LessThanLowerOrGreaterThanUpperThreshold"
    /// Anomaly detection: the metric is above the band (see ``lessThanLowerOrGreaterThanUpperThreshold``).
    case greaterThanUpperThreshold = "GreaterThanUpperThreshold"
    /// Anomaly detection: the metric is below the band (see ``lessThanLowerOrGreaterThanUpperThreshold``).
    case lessThanLowerThreshold = "LessThanLowerThreshold"

    /// Whether this is an anomaly detection operator, compared with a band rather than a threshold.
    public var isAnomalyDetection: Bool {
      switch self {
      case .lessThanLowerOrGreaterThanUpperThreshold, .greaterThanUpperThreshold, .lessThanLowerThreshold: true
      default: false
      }
    }
  }
}
