import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("CloudWatch.Alarm")
struct AlarmTests {
  private func errors(_ app: App) -> [Diagnostic] {
    do {
      _ = try app.synthesize()
      return []
    } catch {
      return error.errors
    }
  }

  @Test("An alarm with only the required settings renders CloudWatch's defaults by leaving them out")
  func defaults() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let alarm = CloudWatch.Metric(namespace: "AWS/ElastiCache", metricName: "CacheHits")
      .createAlarm(stack, "Alarm", threshold: 50, evaluationPeriods: 1)
    #expect(alarm.comparisonOperator == .greaterThanOrEqualToThreshold)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::CloudWatch::Alarm", 1)
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      .exact([
        "ComparisonOperator": "GreaterThanOrEqualToThreshold",
        "EvaluationPeriods": 1,
        "MetricName": "CacheHits",
        "Namespace": "AWS/ElastiCache",
        "Period": 300,
        "Statistic": "Average",
        "Threshold": 50,
      ]))
  }

  @Test("Dimensions render as a list of Name and Value, sorted by name as the CDK sorts them")
  func dimensionOrder() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let cache = CfnResource(
      stack,
      "Cache",
      type: "AWS::ElastiCache::ServerlessCache",
      properties: ["Engine": "valkey", "ServerlessCacheName": "orders"]
    )
    CloudWatch.Metric(
      namespace: "NS",
      metricName: "M",
      dimensions: ["b": "2", "Zeta": cache.ref, "a": "1", "Alpha": "\(cache.ref)-x"]
    ).createAlarm(stack, "Alarm", threshold: 1, evaluationPeriods: 1)
    try Template(stack).hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      [
        "Dimensions": .exact([
          ["Name": "Alpha", "Value": ["Fn::Join": ["", [["Ref": "Cache"], "-x"]]]],
          ["Name": "Zeta", "Value": ["Ref": "Cache"]],
          ["Name": "a", "Value": "1"],
          ["Name": "b", "Value": "2"],
        ])
      ])
  }

  @Test("Percentiles and other extended statistics go to ExtendedStatistic; simple ones to Statistic")
  func statisticProperty() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    for (id, statistic) in [("P99", "P99"), ("Sum", "sum"), ("Unknown", "foo"), ("Iqm", "iqm")] {
      CloudWatch.Metric(namespace: "NS", metricName: id, statistic: statistic)
        .createAlarm(stack, id, threshold: 1, evaluationPeriods: 1)
    }
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm", ["MetricName": "P99", "ExtendedStatistic": "p99", "Statistic": .absent])
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm", ["MetricName": "Sum", "Statistic": "Sum", "ExtendedStatistic": .absent])
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm", ["MetricName": "Unknown", "ExtendedStatistic": "foo", "Statistic": .absent])
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm", ["MetricName": "Iqm", "ExtendedStatistic": "IQM", "Statistic": .absent])
  }

  @Test("Actions are left out until added, and accumulate in order")
  func actions() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let topic = CfnResource(stack, "Topic", type: "AWS::SNS::Topic")
    let alarm = CloudWatch.Metric(namespace: "NS", metricName: "M")
      .createAlarm(stack, "Alarm", threshold: 1, evaluationPeriods: 1)
    try Template(stack).hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      ["AlarmActions": .absent, "OKActions": .absent, "InsufficientDataActions": .absent])
    alarm.addAlarmAction("arn:aws:sns:us-east-1:123456789012:first")
    alarm.addAlarmAction(topic.ref)
    alarm.addOkAction(topic.ref)
    try Template(stack).hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      [
        "AlarmActions": .exact(["arn:aws:sns:us-east-1:123456789012:first", ["Ref": "Topic"]]),
        "OKActions": .exact([["Ref": "Topic"]]),
        "InsufficientDataActions": .absent,
      ])
  }

  @Test("The alarm's ARN and name are its Arn attribute and its Ref")
  func arnAndName() {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let alarm = CloudWatch.Metric(namespace: "NS", metricName: "M")
      .createAlarm(stack, "Alarm", threshold: 1, evaluationPeriods: 1)
    #expect(alarm.resource.cfnResourceType == "AWS::CloudWatch::Alarm")
    #expect(alarm.node.defaultChild === alarm.resource)
    #expect(stack.resolve(alarm.alarmArn) == ["Fn::GetAtt": [.string(alarm.resource.logicalID), "Arn"]])
    #expect(stack.resolve(alarm.alarmName) == ["Ref": .string(alarm.resource.logicalID)])
  }

  @Test("A metric from the alarm's own account renders inline; from another account, as a query with AccountId")
  func accounts() throws {
    let app = App(outdir: "unused")
    let located = Stack(app, "Located", env: Environment(account: "111111111111", region: "us-east-1"))
    let agnostic = Stack(app, "Agnostic")
    let metric = CloudWatch.Metric(namespace: "NS", metricName: "M", account: "111111111111")
    metric.createAlarm(located, "Alarm", threshold: 1, evaluationPeriods: 1)
    metric.createAlarm(agnostic, "Alarm", threshold: 1, evaluationPeriods: 1)
    try Template(located).hasResourceProperties(
      "AWS::CloudWatch::Alarm", ["MetricName": "M", "Period": 300, "Metrics": .absent])
    try Template(agnostic).hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      .exact([
        "ComparisonOperator": "GreaterThanOrEqualToThreshold",
        "EvaluationPeriods": 1,
        "Metrics": [
          [
            "AccountId": "111111111111",
            "Id": "m1",
            "MetricStat": ["Metric": ["MetricName": "M", "Namespace": "NS"], "Period": 300, "Stat": "Average"],
            "ReturnData": true,
          ]
        ],
        "Threshold": 1,
      ]))
  }

  @Test("A metric from another region is an error, with the CDK's message, on the alarm")
  func regionMismatch() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack", env: Environment(account: "123456789012", region: "us-east-1"))
    let agnostic = Stack(app, "Agnostic")
    let metric = CloudWatch.Metric(namespace: "NS", metricName: "M", region: "eu-west-1")
    metric.createAlarm(stack, "Plain", threshold: 1, evaluationPeriods: 1)
    metric.with(CloudWatch.MetricOptions(label: "Labelled")).createAlarm(
      stack, "Labelled", threshold: 1, evaluationPeriods: 1)
    metric.createAlarm(agnostic, "Anywhere", threshold: 1, evaluationPeriods: 1)
    metric.with(CloudWatch.MetricOptions(region: "us-east-1")).createAlarm(
      stack, "SameRegion", threshold: 1, evaluationPeriods: 1)
    let found = errors(app)
    #expect(
      found.map(\.description) == [
        "[Stack/Plain] error AlarmRegionMismatch: Cannot create an Alarm in region 'us-east-1' based on metric 'M' in 'eu-west-1'",
        "[Stack/Labelled] error AlarmRegionMismatch: Cannot create an Alarm in region 'us-east-1' based on metric 'Labelled' in 'eu-west-1'",
      ])
  }

  @Test("Anomaly detection operators need a band metric, so they are an error")
  func anomalyDetectionOperator() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    CloudWatch.Metric(namespace: "NS", metricName: "M").createAlarm(
      stack, "Alarm", threshold: 1, evaluationPeriods: 1, comparisonOperator: .lessThanLowerThreshold)
    #expect(
      errors(app).map(\.description) == [
        "[Stack/Alarm] error AnomalyDetectionOperatorRequiresBandMetric: Anomaly detection operator LessThanLowerThreshold requires an ANOMALY_DETECTION_BAND() metric. Use the construct AnomalyDetectionAlarm or wrap your metric in an ANOMALY_DETECTION_BAND expression."
      ])
  }

  @Test("The metric's problems are reported on the alarm that uses it, all of them")
  func metricProblemsOnAlarm() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    CloudWatch.Metric(namespace: "NS", metricName: "M", dimensions: ["": "x"], period: .seconds(7))
      .createAlarm(stack, "Alarm", threshold: 1, evaluationPeriods: 1)
    #expect(
      errors(app).map(\.description) == [
        "[Stack/Alarm] error PeriodMustBeValidInterval: 'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received 7",
        "[Stack/Alarm] error DimensionNameLengthInvalid: Dimension name must be at least 1 and no more than 255 characters; received ",
      ])
  }

  @Test("An unrecognized statistic is a warning on the alarm; synthesis goes on")
  func unrecognizedStatisticWarning() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    CloudWatch.Metric(namespace: "NS", metricName: "M", statistic: "foo")
      .createAlarm(stack, "Alarm", threshold: 1, evaluationPeriods: 1)
    let assembly = try app.synthesize()
    #expect(assembly.warnings.map(\.path) == ["Stack/Alarm"])
    #expect(assembly.warnings.map(\.code) == ["UnrecognizedStatistic"])
  }
}
