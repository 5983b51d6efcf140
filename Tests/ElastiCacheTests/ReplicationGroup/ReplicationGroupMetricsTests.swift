import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The metrics of node-based caches (seed 004's monitoring list) and their recommended alarms.
@Suite("Node-based cache metrics and alarms")
struct ReplicationGroupMetricsTests {
  typealias MetricMethod = @Sendable (any NodeBasedCacheProtocol, StringValue?) -> CloudWatch.Metric

  static let helpers: [(String, String, MetricMethod)] = [
    ("EngineCPUUtilization", "Average", { $0.metricEngineCPUUtilization(cacheClusterID: $1) }),
    ("CPUUtilization", "Average", { $0.metricCPUUtilization(cacheClusterID: $1) }),
    ("DatabaseMemoryUsagePercentage", "Average", { $0.metricDatabaseMemoryUsagePercentage(cacheClusterID: $1) }),
    ("Evictions", "Sum", { $0.metricEvictions(cacheClusterID: $1) }),
    ("CurrConnections", "Maximum", { $0.metricCurrConnections(cacheClusterID: $1) }),
    ("NewConnections", "Sum", { $0.metricNewConnections(cacheClusterID: $1) }),
    ("ReplicationLag", "Maximum", { $0.metricReplicationLag(cacheClusterID: $1) }),
    ("CacheHits", "Sum", { $0.metricCacheHits(cacheClusterID: $1) }),
    ("CacheMisses", "Sum", { $0.metricCacheMisses(cacheClusterID: $1) }),
    ("CacheHitRate", "Average", { $0.metricCacheHitRate(cacheClusterID: $1) }),
    ("NetworkBytesIn", "Sum", { $0.metricNetworkBytesIn(cacheClusterID: $1) }),
    ("NetworkBytesOut", "Sum", { $0.metricNetworkBytesOut(cacheClusterID: $1) }),
    ("SwapUsage", "Maximum", { $0.metricSwapUsage(cacheClusterID: $1) }),
    ("FreeableMemory", "Minimum", { $0.metricFreeableMemory(cacheClusterID: $1) }),
    ("AuthenticationFailures", "Sum", { $0.metricAuthenticationFailures(cacheClusterID: $1) }),
  ]

  @Test("Each helper reads AWS/ElastiCache of a member cluster (the first by default), over 5 minutes")
  func helpers() {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc, replicationGroupID: "orders-cache")
    for (name, statistic, method) in Self.helpers {
      let first = method(group, nil)
      #expect(first.namespace == "AWS/ElastiCache" && first.metricName == name, "\(name)")
      #expect(first.statistic == statistic, "\(name)")
      #expect(first.period.toSeconds() == 300)
      #expect(first.dimensions["CacheClusterId"]?.literal == "orders-cache-001")
      #expect(method(group, "orders-cache-002").dimensions["CacheClusterId"]?.literal == "orders-cache-002")
    }
    let custom = group.metric("IsMaster", CloudWatch.MetricOptions(period: .minutes(1), statistic: "Minimum"))
    #expect(custom.statistic == "Minimum" && custom.period.toSeconds() == 60)
  }

  @Test("Recommended alarms watch every node: six metrics each, and replication lag, for five minutes")
  func recommendedAlarms() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc, replicationGroupID: "orders-cache")
    let alarms = group.recommendedAlarms(alarmActions: ["arn:aws:sns:us-east-1:123456789012:cache-alarms"])
    #expect(alarms.count == 14)
    #expect(alarms.map(\.node.path).contains("Default/Cache/Alarms/EngineCPUUtilization002"))
    let template = try Template(fixture.stack)
    try template.resourceCountIs("AWS::CloudWatch::Alarm", 14)
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      Match.exact([
        "AlarmActions": ["arn:aws:sns:us-east-1:123456789012:cache-alarms"],
        "AlarmDescription":
          "Engine CPU of cache node orders-cache-001 at or above 90% for 5 minutes: scale up the node type, or out with more shards.",
        "ComparisonOperator": "GreaterThanOrEqualToThreshold",
        "DatapointsToAlarm": 5,
        "Dimensions": [["Name": "CacheClusterId", "Value": "orders-cache-001"]],
        "EvaluationPeriods": 5,
        "MetricName": "EngineCPUUtilization",
        "Namespace": "AWS/ElastiCache",
        "Period": 60,
        "Statistic": "Average",
        "Threshold": 90,
      ]))
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      [
        "MetricName": "ReplicationLag", "Threshold": 30, "TreatMissingData": "notBreaching", "Statistic": "Maximum",
        "Dimensions": [["Name": "CacheClusterId", "Value": "orders-cache-002"]],
      ])
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm", ["MetricName": "SwapUsage", "Threshold": 52_428_800])
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm", ["MetricName": "DatabaseMemoryUsagePercentage", "Threshold": 80])
  }

  @Test("Thresholds can be tuned; a group without replicas has no replication lag alarm")
  func tunedThresholds() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc, replicasPerShard: 0)
    let alarms = group.recommendedAlarms(
      thresholds: CacheAlarmThresholds(engineCPUUtilization: 75, evictions: 10, swapUsage: .mebibytes(1)))
    #expect(
      alarms.map(\.metric.metricName).sorted() == [
        "CPUUtilization", "CurrConnections", "DatabaseMemoryUsagePercentage", "EngineCPUUtilization", "Evictions",
        "SwapUsage",
      ])
    #expect(alarms.first { $0.metric.metricName == "EngineCPUUtilization" }?.threshold == 75)
    #expect(alarms.first { $0.metric.metricName == "SwapUsage" }?.threshold == 1_048_576)
    // The group's id is known only at deployment: the descriptions name the node by its number and the group's path.
    #expect(
      alarms.first?.alarmDescription
        == "Engine CPU of cache node 001 of Default/Cache at or above 75% for 5 minutes: scale up the node type, or out with more shards."
    )
    #expect(errorCodes(of: fixture.stack).isEmpty)
  }

  @Test("Cluster mode enabled: one alarm set per node of every shard")
  func clusterModeAlarms() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc, shards: 2, replicasPerShard: 1)
    let alarms = group.recommendedAlarms()
    #expect(alarms.count == 4 * 7)
    #expect(alarms.map(\.node.id).contains("ReplicationLag0002002"))
  }

  @Test("A Memcached cluster's alarms: host CPU, evictions, connections and swap, on the cluster")
  func memcachedAlarms() throws {
    let fixture = StackWithVPC()
    let cluster = CacheCluster(fixture.stack, "Memcached", vpc: fixture.vpc, clusterName: "sessions")
    let alarms = cluster.recommendedAlarms()
    #expect(alarms.map(\.node.id) == ["CPUUtilization", "Evictions", "CurrConnections", "SwapUsage"])
    #expect(alarms.allSatisfy { $0.metric.dimensions["CacheClusterId"]?.literal == "sessions" })
    _ = try Template(fixture.stack)
  }
}
