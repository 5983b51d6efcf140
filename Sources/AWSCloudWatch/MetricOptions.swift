public import Constructs

extension CloudWatch {
  /// Options that override a metric's settings (``Metric/with(_:)``); `nil` keeps the metric's own.
  public struct MetricOptions {
    /// The period over which the statistic is computed.
    public var period: Duration?
    /// The statistic, such as `Average`, `Sum`, `Maximum` or `p99`.
    public var statistic: String?
    /// The label shown in graphs; an alarm on a labelled metric renders it as a metric data query.
    public var label: String?
    /// Only data points in this unit count.
    public var unit: CloudWatch.Unit?
    /// The dimensions, replacing the metric's dimensions as a whole.
    public var dimensions: [String: StringValue]?
    /// The account the metric comes from.
    public var account: String?
    /// The region the metric comes from.
    public var region: String?

    /// Options with the given overrides. Dimensions given twice take the last value.
    public init(
      period: Duration? = nil,
      statistic: String? = nil,
      label: String? = nil,
      unit: CloudWatch.Unit? = nil,
      dimensions: KeyValuePairs<String, StringValue>? = nil,
      account: String? = nil,
      region: String? = nil
    ) {
      self.period = period
      self.statistic = statistic
      self.label = label
      self.unit = unit
      self.dimensions = dimensions.map(CloudWatch.Metric.dimensionMap)
      self.account = account
      self.region = region
    }
  }
}
