extension CloudWatch {
  /// How an alarm treats periods without data points.
  public enum TreatMissingData: String, Sendable, CaseIterable {
    /// Missing data counts as breaching the threshold.
    case breaching = "breaching"
    /// Missing data counts as within the threshold.
    case notBreaching = "notBreaching"
    /// The alarm keeps its current state.
    case ignore = "ignore"
    /// The alarm decides from the data points it has (CloudWatch's default).
    case missing = "missing"
  }
}
