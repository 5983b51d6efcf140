import ElastiCacheCDK
import Testing

@Suite("CloudWatch conformance: metrics and alarms")
struct AlarmConformanceTests {
  @Test("Alarms on a raw resource's metrics render dimensions, period, statistic, threshold and operator")
  func alarmBasic() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "AlarmBasic", env: Environment(account: "123456789012", region: "us-east-1"))
    let cluster = CfnResource(
      stack,
      "Cluster",
      type: "AWS::ElastiCache::CacheCluster",
      properties: ["CacheNodeType": "cache.t3.micro", "Engine": "redis", "NumCacheNodes": 1]
    )
    let freeableMemory = CloudWatch.Metric(
      namespace: "AWS/ElastiCache",
      metricName: "FreeableMemory",
      dimensions: ["CacheNodeId": "0001", "CacheClusterId": cluster.ref],
      period: .minutes(1),
      statistic: "Minimum"
    )
    freeableMemory.createAlarm(
      stack,
      "LowMemory",
      threshold: 100_000_000,
      evaluationPeriods: 3,
      comparisonOperator: .lessThanThreshold
    )

    let cpu = CloudWatch.Metric(namespace: "AWS/ElastiCache", metricName: "CPUUtilization")
    cpu.createAlarm(stack, "HighCpu", threshold: 90, evaluationPeriods: 1)

    _ = CloudWatch.Alarm(
      stack,
      "Evictions",
      metric: CloudWatch.Metric(
        namespace: "AWS/ElastiCache",
        metricName: "Evictions",
        dimensions: ["CacheClusterId": cluster.ref],
        period: .seconds(60),
        statistic: "sum"
      ),
      threshold: 0.5,
      evaluationPeriods: 2,
      comparisonOperator: .greaterThanThreshold
    )
    _ = CloudWatch.Alarm(
      stack,
      "FewConnections",
      metric: CloudWatch.Metric(
        namespace: "AWS/ElastiCache",
        metricName: "CurrConnections",
        dimensions: ["CacheClusterId": cluster.ref],
        period: .hours(1)
      ),
      threshold: 1,
      evaluationPeriods: 24,
      comparisonOperator: .lessThanOrEqualToThreshold
    )

    try Goldens.expectMatch(app, "CloudWatch/alarm-basic")
  }

  @Test("An alarm with every option, actions, and its ARN and name as outputs")
  func alarmOptions() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "AlarmOptions", env: Environment(account: "123456789012", region: "eu-west-1"))
    let topic = CfnResource(stack, "Alerts", type: "AWS::SNS::Topic")
    let metric = CloudWatch.Metric(
      namespace: "AWS/ElastiCache",
      metricName: "ElastiCacheProcessingUnits",
      dimensions: ["ServerlessCacheName": "orders"],
      statistic: "Maximum",
      unit: .count
    )
    let alarm = metric.createAlarm(
      stack,
      "ProcessingUnits",
      threshold: 50000,
      evaluationPeriods: 5,
      datapointsToAlarm: 3,
      treatMissingData: .breaching,
      alarmName: "orders-cache-processing-units",
      alarmDescription: "ECPUs consumed by the orders cache are high",
      actionsEnabled: true
    )
    alarm.addAlarmAction("arn:aws:sns:eu-west-1:123456789012:on-call", topic.ref)
    alarm.addOkAction(topic.ref)
    alarm.addInsufficientDataAction("arn:aws:sns:eu-west-1:123456789012:on-call")
    _ = CfnOutput(stack, "AlarmArn", value: alarm.alarmArn)
    _ = CfnOutput(stack, "AlarmName", value: alarm.alarmName)

    let treatments: [(CloudWatch.TreatMissingData, String)] = [
      (.notBreaching, "NotBreaching"), (.ignore, "Ignore"), (.missing, "Missing"),
    ]
    for (treatment, name) in treatments {
      CloudWatch.Metric(namespace: "AWS/ElastiCache", metricName: "CacheHits").createAlarm(
        stack,
        name,
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: treatment,
        alarmDescription: "treat missing data: \(name)",
        actionsEnabled: false
      )
    }

    try Goldens.expectMatch(app, "CloudWatch/alarm-options")
  }

  @Test("Statistics are normalized as the CDK does, and token dimension values render as intrinsics")
  func statisticsAndTokenDimensions() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Statistics")
    let cache = CfnResource(
      stack,
      "Cache",
      type: "AWS::ElastiCache::ServerlessCache",
      properties: ["Engine": "valkey", "ServerlessCacheName": "statistics-cache"]
    )
    func metric(_ name: String, _ statistic: String) -> CloudWatch.Metric {
      CloudWatch.Metric(
        namespace: "AWS/ElastiCache",
        metricName: name,
        dimensions: ["ServerlessCacheName": cache.ref],
        statistic: statistic
      )
    }

    metric("SuccessfulReadRequestLatency", "p99").createAlarm(
      stack, "ReadLatencyP99", threshold: 2000, evaluationPeriods: 3, evaluateLowSampleCountPercentile: "ignore")
    metric("SuccessfulWriteRequestLatency", "P99.9").createAlarm(
      stack, "WriteLatencyP999", threshold: 5000, evaluationPeriods: 3, evaluateLowSampleCountPercentile: "evaluate")
    metric("CacheHits", "Sum").createAlarm(stack, "Hits", threshold: 1000, evaluationPeriods: 1)
    metric("BytesUsedForCache", "Maximum").createAlarm(stack, "DataStored", threshold: 1e10, evaluationPeriods: 1)
    metric("CacheHitRate", "avg").createAlarm(
      stack, "HitRate", threshold: 80, evaluationPeriods: 2, comparisonOperator: .lessThanThreshold)
    metric("CurrConnections", "n").createAlarm(stack, "Samples", threshold: 1, evaluationPeriods: 1)
    metric("CurrConnections", "min").createAlarm(stack, "MinConnections", threshold: 1, evaluationPeriods: 1)
    metric("SuccessfulReadRequestLatency", "tm90").createAlarm(
      stack, "TrimmedMean", threshold: 100, evaluationPeriods: 1)
    metric("SuccessfulReadRequestLatency", "tm(10%:90%)").createAlarm(
      stack, "TrimmedRange", threshold: 100, evaluationPeriods: 1)
    metric("SuccessfulReadRequestLatency", "iqm").createAlarm(stack, "Iqm", threshold: 100, evaluationPeriods: 1)
    CloudWatch.Metric(
      namespace: "AWS/ElastiCache",
      metricName: "NetworkBytesIn",
      dimensions: [
        "ServerlessCacheName": cache.ref,
        "Endpoint": cache.getAtt("Endpoint.Address"),
        "Alias": "\(cache.ref)-primary",
      ],
      statistic: "Sum"
    ).createAlarm(stack, "NetworkIn", threshold: 1e9, evaluationPeriods: 1)

    try Goldens.expectMatch(app, "CloudWatch/statistics-and-token-dimensions")
  }

  @Test("Labelled and cross-account metrics render as a metric data query; options override a metric")
  func metricLabelAndAccount() throws {
    let app = App(outdir: "unused")
    let producer = Stack(app, "Producer", env: Environment(account: "111111111111", region: "us-east-1"))
    let cache = CfnResource(
      producer,
      "Cache",
      type: "AWS::ElastiCache::ServerlessCache",
      properties: ["Engine": "valkey", "ServerlessCacheName": "shared-cache"]
    )
    let monitoring = Stack(app, "Monitoring", env: Environment(account: "222222222222", region: "us-east-1"))

    let base = CloudWatch.Metric(
      namespace: "AWS/ElastiCache",
      metricName: "CacheHits",
      dimensions: ["ServerlessCacheName": "shared-cache"],
      statistic: "Sum"
    )
    base.with(CloudWatch.MetricOptions(label: "Cache hits"))
      .createAlarm(monitoring, "Labelled", threshold: 10, evaluationPeriods: 2)
    base.with(CloudWatch.MetricOptions(unit: .count, account: "111111111111"))
      .createAlarm(monitoring, "CrossAccount", threshold: 10, evaluationPeriods: 2)
    base.with(CloudWatch.MetricOptions(account: "222222222222", region: "us-east-1"))
      .createAlarm(monitoring, "SameAccount", threshold: 10, evaluationPeriods: 2)
    base.with(
      CloudWatch.MetricOptions(
        period: .minutes(15), statistic: "p90", dimensions: ["ServerlessCacheName": "other-cache"])
    ).attached(to: cache).createAlarm(monitoring, "Attached", threshold: 10, evaluationPeriods: 2)
    base.attached(to: monitoring).with(CloudWatch.MetricOptions(label: "Local hits"))
      .createAlarm(monitoring, "AttachedLocal", threshold: 10, evaluationPeriods: 2)

    try Goldens.expectMatch(app, "CloudWatch/metric-label-and-account")
  }
}
