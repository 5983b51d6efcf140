public import Constructs

extension CloudWatch {
  /// A CloudWatch metric: a namespace, a name and dimensions, with the period and statistic to
  /// aggregate it by. Create alarms on it with ``createAlarm(_:_:threshold:evaluationPeriods:datapointsToAlarm:comparisonOperator:treatMissingData:alarmName:alarmDescription:actionsEnabled:evaluateLowSampleCountPercentile:)``.
  ///
  /// ```swift
  /// let metric = CloudWatch.Metric(namespace: "AWS/ElastiCache", metricName: "CacheHits",
  ///                                dimensions: ["ServerlessCacheName": cache.serverlessCacheName],
  ///                                statistic: "Sum")
  /// metric.with(CloudWatch.MetricOptions(period: .minutes(1))).createAlarm(stack, "Hits", threshold: 10, evaluationPeriods: 3)
  /// ```
  ///
  /// The statistic is normalized as the AWS CDK does it: `avg` becomes `Average`, `n` becomes
  /// `SampleCount`, `P99` becomes `p99`, `tm(10%:90%)` becomes `TM(10%:90%)`.
  ///
  /// A metric is a value: invalid input (a period that is not 1, 5, 10, 30 or a multiple of 60 seconds,
  /// more than 30 dimensions, an empty or overlong dimension name or value) does not trap. It is kept
  /// in ``problems`` and recorded, with its path, on the construct that uses the metric (an ``Alarm``),
  /// so that synthesis reports it.
  public struct Metric: Equatable, CustomStringConvertible {
    /// The namespace, such as `AWS/ElastiCache`.
    public let namespace: String
    /// The metric's name, such as `CacheHits`.
    public let metricName: String
    /// The dimensions by name; values may be tokens, such as a generated cache name.
    public let dimensions: [String: StringValue]
    /// The period over which the statistic is computed.
    public let period: Duration
    /// The statistic, normalized (`Average`, `Sum`, `Maximum`, `Minimum`, `SampleCount`, `p99`...).
    public let statistic: String
    /// The label, if any.
    public let label: String?
    /// The unit data points must have to count, if any.
    public let unit: CloudWatch.Unit?
    /// Problems with the metric's input, recorded by the constructs that use it.
    public let problems: [MetricProblem]
    private let accountOverride: String?
    private let regionOverride: String?
    private let stackAccount: String?
    private let stackRegion: String?

    /// A metric. Dimensions given twice take the last value; an empty statistic means `Average`.
    ///
    /// - Parameters:
    ///   - account: the account the metric comes from, when it is not the account of the alarm's stack.
    ///   - region: the region the metric comes from; an alarm must be in the same region.
    public init(
      namespace: String,
      metricName: String,
      dimensions: KeyValuePairs<String, StringValue> = [:],
      period: Duration = .minutes(5),
      statistic: String = "Average",
      label: String? = nil,
      unit: CloudWatch.Unit? = nil,
      account: String? = nil,
      region: String? = nil
    ) {
      self.init(
        namespace: namespace,
        metricName: metricName,
        dimensions: Self.dimensionMap(dimensions),
        period: period,
        statistic: statistic,
        label: label,
        unit: unit,
        accountOverride: account,
        regionOverride: region,
        stackAccount: nil,
        stackRegion: nil
      )
    }

    private init(
      namespace: String,
      metricName: String,
      dimensions: [String: StringValue],
      period: Duration,
      statistic: String,
      label: String?,
      unit: CloudWatch.Unit?,
      accountOverride: String?,
      regionOverride: String?,
      stackAccount: String?,
      stackRegion: String?
    ) {
      let parsed = Statistic(parsing: statistic.isEmpty ? "Average" : statistic)
      self.namespace = namespace
      self.metricName = metricName
      self.dimensions = dimensions
      self.period = period
      self.statistic = parsed.normalized
      self.label = label
      self.unit = unit
      self.accountOverride = accountOverride
      self.regionOverride = regionOverride
      self.stackAccount = stackAccount
      self.stackRegion = stackRegion
      var problems = Self.periodProblems(period) + Self.dimensionProblems(dimensions)
      if case .unparseable(let text) = parsed {
        let labelText = label.map { $0.isEmpty ? "" : ", label \"\($0)\"" } ?? ""
        problems.append(
          MetricProblem(
            severity: .warning,
            code: "UnrecognizedStatistic",
            message:
              "Unrecognized statistic \"\(text)\" for metric with namespace \"\(namespace)\"\(labelText) and metric name \"\(metricName)\". Preferably use the `aws_cloudwatch.Stats` helper class to specify a statistic. You can ignore this warning if your statistic is valid but not yet supported by the `aws_cloudwatch.Stats` helper class."
          ))
      }
      self.problems = problems
    }

    /// The account the metric comes from: the one given, else the account of the stack it is attached to.
    public var account: String? { nonEmpty(accountOverride) ?? stackAccount }

    /// The region the metric comes from: the one given, else the region of the stack it is attached to.
    public var region: String? { nonEmpty(regionOverride) ?? stackRegion }

    /// The label, else the metric name.
    public var description: String { nonEmpty(label) ?? metricName }

    /// This metric with the options that are set replacing its own; the dimensions are replaced as a whole.
    public func with(_ options: MetricOptions) -> Metric {
      Metric(
        namespace: namespace,
        metricName: metricName,
        dimensions: options.dimensions ?? dimensions,
        period: options.period ?? period,
        statistic: options.statistic ?? statistic,
        label: options.label ?? label,
        unit: options.unit ?? unit,
        accountOverride: options.account ?? accountOverride,
        regionOverride: options.region ?? regionOverride,
        stackAccount: stackAccount,
        stackRegion: stackRegion
      )
    }

    /// This metric, coming from the account and region of the stack that holds `scope` where that
    /// stack names them (as the AWS CDK's `attachTo`). An alarm in another account then reads the
    /// metric across accounts, and an alarm in another region is an error.
    public func attached(to scope: Construct) -> Metric {
      let stack = Stack.of(scope)
      return Metric(
        namespace: namespace,
        metricName: metricName,
        dimensions: dimensions,
        period: period,
        statistic: statistic,
        label: label,
        unit: unit,
        accountOverride: accountOverride,
        regionOverride: regionOverride,
        stackAccount: stack.account.literal ?? stackAccount,
        stackRegion: stack.region.literal ?? stackRegion
      )
    }

    /// Records ``problems`` on `construct`: errors as errors, warnings as warnings.
    public func recordProblems(on construct: Construct) {
      for problem in problems {
        switch problem.severity {
        case .error: construct.node.addError(problem.code, problem.message)
        case .warning, .info: construct.node.addWarning(problem.code, problem.message)
        }
      }
    }

    /// The dimensions sorted by name, as the AWS CDK renders them.
    var sortedDimensions: [(name: String, value: StringValue)] {
      dimensions.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }.map { ($0.key, $0.value) }
    }

    /// The dimensions as a map; a name given twice takes the last value.
    static func dimensionMap(_ pairs: KeyValuePairs<String, StringValue>) -> [String: StringValue] {
      Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    private static func periodProblems(_ period: Duration) -> [MetricProblem] {
      let seconds = period.toSeconds()
      let text = NumberValue(seconds).description
      if seconds < 0 {
        return [
          MetricProblem(
            severity: .error,
            code: "DurationAmountsCannotNegative",
            message: "Duration amounts cannot be negative. Received: \(text) seconds"
          )
        ]
      }
      if seconds.rounded() != seconds {
        return [
          MetricProblem(
            severity: .error, code: "MustBeWholeNumber", message: "\(text) must be a whole number of seconds.")
        ]
      }
      if ![1, 5, 10, 30].contains(seconds) && seconds.truncatingRemainder(dividingBy: 60) != 0 {
        return [
          MetricProblem(
            severity: .error,
            code: "PeriodMustBeValidInterval",
            message: "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received \(text)"
          )
        ]
      }
      return []
    }

    private static func dimensionProblems(_ dimensions: [String: StringValue]) -> [MetricProblem] {
      var problems: [MetricProblem] = []
      if dimensions.count > 30 {
        problems.append(
          MetricProblem(
            severity: .error,
            code: "MaximumDimensionsExceeded",
            message: "The maximum number of dimensions is 30, received \(dimensions.count)"
          ))
      }
      for (name, value) in dimensions.sorted(by: { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }) {
        if !(1...255).contains(name.utf16.count) {
          problems.append(
            MetricProblem(
              severity: .error,
              code: "DimensionNameLengthInvalid",
              message: "Dimension name must be at least 1 and no more than 255 characters; received \(name)"
            ))
        }
        if let literal = value.literal, !(1...255).contains(literal.utf16.count) {
          problems.append(
            MetricProblem(
              severity: .error,
              code: "DimensionValueLengthInvalid",
              message: "Dimension value must be at least 1 and no more than 255 characters; received \(literal)"
            ))
        }
      }
      return problems
    }
  }
}

private func nonEmpty(_ text: String?) -> String? {
  guard let text, !text.isEmpty else { return nil }
  return text
}
