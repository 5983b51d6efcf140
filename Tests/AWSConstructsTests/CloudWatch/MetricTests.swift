import ElastiCacheCDK
import Testing

@Suite("CloudWatch.Metric")
struct MetricTests {
  @Test("A metric defaults to a five-minute average with no dimensions, label or unit")
  func defaults() {
    let metric = CloudWatch.Metric(namespace: "AWS/ElastiCache", metricName: "CacheHits")
    #expect(metric.period == .minutes(5))
    #expect(metric.statistic == "Average")
    #expect(metric.dimensions.isEmpty)
    #expect(metric.label == nil)
    #expect(metric.unit == nil)
    #expect(metric.account == nil)
    #expect(metric.region == nil)
    #expect(metric.problems.isEmpty)
    #expect(metric.description == "CacheHits")
  }

  @Test(
    "Statistics are normalized as the AWS CDK normalizes them",
    arguments: [
      ("avg", "Average"), ("AVERAGE", "Average"), ("Sum", "Sum"), ("sum", "Sum"), ("max", "Maximum"),
      ("Minimum", "Minimum"), ("n", "SampleCount"), ("samplecount", "SampleCount"), ("p99", "p99"), ("P99", "p99"),
      ("p100", "p100"), ("p99.99", "p99.99"), ("p0", "p0"), ("p050", "p050"), ("tm99", "tm99"),
      ("TM(10%:90%)", "TM(10%:90%)"), ("tm(10%:90%)", "TM(10%:90%)"), ("pr(10:)", "PR(10:)"), ("PR(:300)", "PR(:300)"),
      ("wm(10:90)", "WM(10:90)"), ("tc90", "tc90"), ("ts(5%:95%)", "TS(5%:95%)"), ("iqm", "IQM"), ("IQM", "IQM"),
      ("p101", "p101"), ("foo", "foo"), ("p", "p"), ("", "Average"), ("Max", "Maximum"), ("MAXIMUM", "Maximum"),
      ("TM99.5", "tm99.5"), ("Pr(1:2)", "PR(1:2)"), ("PR(1:2:3)", "PR(1:2:3)"), ("tm( 10 : 90 )", "TM( 10 : 90 )"),
      ("pr(1e2:)", "PR(1E2:)"), ("PR(5abc:)", "PR(5ABC:)"), ("wm(.5:)", "WM(.5:)"),
      ("TC(10:Infinity)", "TC(10:INFINITY)"),
      ("TS(10%:)", "TS(10%:)"),
    ])
  func statisticNormalization(input: String, normalized: String) {
    #expect(CloudWatch.Metric(namespace: "NS", metricName: "M", statistic: input).statistic == normalized)
  }

  @Test(
    "A statistic the CDK does not recognize is kept and warned about",
    arguments: [
      "foo", "p101", "p", "PR(10%:20)", "TM(:)", "p-1", "PR(-1:5)", "TM(10%:120%)", "p99.", "p.5", "PR(abc:5)",
      "tm(10:20)x", "PR(10)",
    ])
  func unrecognizedStatistic(statistic: String) {
    let metric = CloudWatch.Metric(namespace: "NS", metricName: "M", statistic: statistic)
    #expect(metric.statistic == statistic)
    #expect(
      metric.problems == [
        CloudWatch.MetricProblem(
          severity: .warning,
          code: "UnrecognizedStatistic",
          message:
            "Unrecognized statistic \"\(statistic)\" for metric with namespace \"NS\" and metric name \"M\". Preferably use the `aws_cloudwatch.Stats` helper class to specify a statistic. You can ignore this warning if your statistic is valid but not yet supported by the `aws_cloudwatch.Stats` helper class."
        )
      ])
  }

  @Test("The unrecognized-statistic warning names the label when there is one")
  func unrecognizedStatisticWithLabel() {
    let metric = CloudWatch.Metric(namespace: "NS", metricName: "M", statistic: "foo", label: "lbl")
    #expect(
      metric.problems.map(\.message) == [
        "Unrecognized statistic \"foo\" for metric with namespace \"NS\", label \"lbl\" and metric name \"M\". Preferably use the `aws_cloudwatch.Stats` helper class to specify a statistic. You can ignore this warning if your statistic is valid but not yet supported by the `aws_cloudwatch.Stats` helper class."
      ])
  }

  @Test("Options given to `with` win over the metric's own settings, including the statistic")
  func optionsPrecedence() {
    let defaults = CloudWatch.Metric(
      namespace: "AWS/ElastiCache",
      metricName: "CacheHits",
      dimensions: ["ServerlessCacheName": "orders"],
      period: .minutes(5),
      statistic: "Average"
    )
    let metric = defaults.with(
      CloudWatch.MetricOptions(
        period: .minutes(1),
        statistic: "p99",
        label: "Hits",
        unit: .count,
        dimensions: ["ServerlessCacheName": "payments", "Region": "eu"],
        account: "111111111111",
        region: "eu-west-1"
      ))
    #expect(metric.namespace == "AWS/ElastiCache")
    #expect(metric.metricName == "CacheHits")
    #expect(metric.period == .minutes(1))
    #expect(metric.statistic == "p99")
    #expect(metric.label == "Hits")
    #expect(metric.unit == .count)
    #expect(metric.dimensions == ["ServerlessCacheName": "payments", "Region": "eu"])
    #expect(metric.account == "111111111111")
    #expect(metric.region == "eu-west-1")
    #expect(metric.description == "Hits")
  }

  @Test("Options left out keep the metric's settings, and the statistic given is normalized")
  func optionsKeepSettings() {
    let metric = CloudWatch.Metric(
      namespace: "NS",
      metricName: "M",
      dimensions: ["A": "1"],
      period: .minutes(1),
      statistic: "Sum",
      label: "L",
      unit: .bytes,
      account: "111111111111",
      region: "us-east-1"
    )
    #expect(metric.with(CloudWatch.MetricOptions()) == metric)
    let overridden = metric.with(CloudWatch.MetricOptions(statistic: "maximum"))
    #expect(overridden.statistic == "Maximum")
    #expect(overridden.dimensions == ["A": "1"])
    #expect(overridden.period == .minutes(1))
    #expect(overridden.label == "L")
    #expect(overridden.unit == .bytes)
    #expect(overridden.account == "111111111111")
    #expect(overridden.region == "us-east-1")
  }

  @Test("A dimension given twice takes the last value")
  func duplicateDimensions() {
    let metric = CloudWatch.Metric(namespace: "NS", metricName: "M", dimensions: ["A": "1", "B": "2", "A": "3"])
    #expect(metric.dimensions == ["A": "3", "B": "2"])
    #expect(CloudWatch.MetricOptions(dimensions: ["A": "1", "A": "2"]).dimensions == ["A": "2"])
  }

  @Test("Attaching a metric to a construct takes the account and region of its stack when they are literals")
  func attached() {
    let app = App(outdir: "unused")
    let located = Stack(app, "Located", env: Environment(account: "111111111111", region: "eu-west-1"))
    let agnostic = Stack(app, "Agnostic")
    let metric = CloudWatch.Metric(namespace: "NS", metricName: "M")
    #expect(metric.attached(to: agnostic).account == nil)
    #expect(metric.attached(to: agnostic).region == nil)
    let attached = metric.attached(to: Construct(located, "Scope"))
    #expect(attached.account == "111111111111")
    #expect(attached.region == "eu-west-1")
    #expect(attached.attached(to: agnostic).account == "111111111111")
    let overridden = metric.with(CloudWatch.MetricOptions(account: "222222222222")).attached(to: located)
    #expect(overridden.account == "222222222222")
    #expect(overridden.region == "eu-west-1")
  }

  @Test(
    "A period must be 1, 5, 10, 30 or a multiple of 60 seconds",
    arguments: [
      (Duration.seconds(7), "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received 7"),
      (Duration.seconds(90), "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received 90"),
      (Duration.minutes(1.5), "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received 90"),
      (Duration.seconds(1.5), "1.5 must be a whole number of seconds."),
      (Duration.seconds(-60), "Duration amounts cannot be negative. Received: -60 seconds"),
    ])
  func invalidPeriod(period: Duration, message: String) {
    let metric = CloudWatch.Metric(namespace: "NS", metricName: "M", period: period)
    #expect(metric.problems.map(\.message) == [message])
    #expect(metric.problems.allSatisfy { $0.severity == .error })
  }

  @Test(
    "Valid periods have no problems",
    arguments: [Duration.seconds(1), .seconds(5), .seconds(10), .seconds(30), .minutes(1), .hours(1), .days(1)])
  func validPeriod(period: Duration) {
    #expect(CloudWatch.Metric(namespace: "NS", metricName: "M", period: period).problems.isEmpty)
  }

  @Test("Dimension names and literal values must have 1 to 255 characters; at most 30 dimensions")
  func invalidDimensions() {
    let long = String(repeating: "x", count: 256)
    let metric = CloudWatch.Metric(
      namespace: "NS",
      metricName: "M",
      dimensions: ["": "value", "Empty": "", "Long": StringValue(long), "Token": Aws.stackName]
    )
    #expect(
      metric.problems.map(\.message) == [
        "Dimension name must be at least 1 and no more than 255 characters; received ",
        "Dimension value must be at least 1 and no more than 255 characters; received ",
        "Dimension value must be at least 1 and no more than 255 characters; received \(long)",
      ])
    #expect(
      metric.problems.map(\.code) == [
        "DimensionNameLengthInvalid", "DimensionValueLengthInvalid", "DimensionValueLengthInvalid",
      ])

    var tooMany = CloudWatch.MetricOptions()
    tooMany.dimensions = Dictionary(uniqueKeysWithValues: (0..<31).map { ("k\($0)", StringValue("v")) })
    let crowded = CloudWatch.Metric(namespace: "NS", metricName: "M").with(tooMany)
    #expect(crowded.problems.map(\.message) == ["The maximum number of dimensions is 30, received 31"])
    #expect(crowded.problems.map(\.code) == ["MaximumDimensionsExceeded"])
  }
}
