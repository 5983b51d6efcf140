import AWSCloudWatch
import Constructs

/// The baseline alarms of a node-based cache (seed 004's monitoring practice): per node, engine CPU, host
/// CPU, memory, evictions, connections and swap, and replication lag on replicas; 1-minute data points,
/// alarming after five consecutive breaching minutes.
struct RecommendedAlarms {
  /// A node whose metrics are watched: its cache cluster id, how alarm descriptions name it (the id, or the
  /// cache's path and the node's number when the id is known only at deployment), and the suffix of its
  /// alarms' construct ids.
  struct Member {
    let clusterID: StringValue
    let label: String
    let idSuffix: String
  }

  let cache: any NodeBasedCacheProtocol
  let engine: CacheEngine
  let members: [Member]
  let hasReplicas: Bool

  /// Creates the alarms under `cache/Alarms`, with `alarmActions` run when they fire.
  func create(thresholds: CacheAlarmThresholds, alarmActions: [StringValue]) -> [CloudWatch.Alarm] {
    let scope = cache.node.tryFindChild("Alarms") ?? Construct(cache, "Alarms")
    var alarms: [CloudWatch.Alarm] = []
    for member in members {
      for rule in rules(thresholds) {
        let metric = rule.metric(member.clusterID).with(CloudWatch.MetricOptions(period: .minutes(1)))
        let alarm = metric.createAlarm(
          scope, "\(rule.name)\(member.idSuffix)", threshold: rule.threshold, evaluationPeriods: 5,
          datapointsToAlarm: 5, treatMissingData: rule.treatMissingData,
          alarmDescription:
            "\(rule.what) of cache node \(member.label) at or above \(rule.thresholdText) for 5 minutes: \(rule.action)"
        )
        for action in alarmActions { alarm.addAlarmAction(action) }
        alarms.append(alarm)
      }
    }
    return alarms
  }

  private struct Rule {
    let name: String
    let what: String
    let threshold: Double
    let thresholdText: String
    let action: String
    let treatMissingData: CloudWatch.TreatMissingData?
    let metric: (StringValue) -> CloudWatch.Metric
  }

  private func rules(_ thresholds: CacheAlarmThresholds) -> [Rule] {
    let swapBytes = (try? thresholds.swapUsage.to(.bytes)) ?? 52_428_800
    var rules: [Rule] = []
    if !engine.isMemcached {
      rules.append(
        Rule(
          name: "EngineCPUUtilization", what: "Engine CPU", threshold: thresholds.engineCPUUtilization,
          thresholdText: "\(format(thresholds.engineCPUUtilization))%",
          action: "scale up the node type, or out with more shards.", treatMissingData: nil
        ) { cache.metricEngineCPUUtilization(cacheClusterID: $0) })
    }
    rules.append(
      Rule(
        name: "CPUUtilization", what: "Host CPU", threshold: thresholds.cpuUtilization,
        thresholdText: "\(format(thresholds.cpuUtilization))%", action: "scale up the node type.",
        treatMissingData: nil
      ) { cache.metricCPUUtilization(cacheClusterID: $0) })
    if !engine.isMemcached {
      rules.append(
        Rule(
          name: "DatabaseMemoryUsagePercentage", what: "Memory used for data",
          threshold: thresholds.databaseMemoryUsage, thresholdText: "\(format(thresholds.databaseMemoryUsage))%",
          action: "scale up the node type, add shards, or shorten time-to-live values.", treatMissingData: nil
        ) { cache.metricDatabaseMemoryUsagePercentage(cacheClusterID: $0) })
    }
    rules.append(
      Rule(
        name: "Evictions", what: "Evictions per minute", threshold: thresholds.evictions,
        thresholdText: format(thresholds.evictions), action: "the cache is too small for its working set.",
        treatMissingData: nil
      ) { cache.metricEvictions(cacheClusterID: $0) })
    rules.append(
      Rule(
        name: "CurrConnections", what: "Client connections", threshold: thresholds.currConnections,
        thresholdText: format(thresholds.currConnections), action: "look for connection leaks; pool connections.",
        treatMissingData: nil
      ) { cache.metricCurrConnections(cacheClusterID: $0) })
    rules.append(
      Rule(
        name: "SwapUsage", what: "Swap", threshold: swapBytes, thresholdText: "\(format(swapBytes)) bytes",
        action: "scale up the node type, or lower reserved-memory-percent pressure.", treatMissingData: nil
      ) { cache.metricSwapUsage(cacheClusterID: $0) })
    if hasReplicas {
      rules.append(
        Rule(
          name: "ReplicationLag", what: "Replication lag", threshold: thresholds.replicationLag,
          thresholdText: "\(format(thresholds.replicationLag)) seconds",
          action: "the primary writes faster than replicas apply; scale up or spread writes over shards.",
          treatMissingData: .notBreaching
        ) { cache.metricReplicationLag(cacheClusterID: $0) })
    }
    return rules
  }

  /// `90`, `0.5`: the number without a trailing `.0`.
  private func format(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
  }
}
