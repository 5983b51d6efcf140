public import AWSCloudWatch
public import Constructs

extension ReplicationGroup {
  /// Creates the baseline alarms of seed 004's monitoring practice on every node of the group (under the
  /// group's `Alarms` construct): engine CPU, host CPU, memory used for data, evictions, client
  /// connections and swap, and replication lag (which only replicas report). Each alarm fires after five
  /// consecutive minutes at or above its threshold (``CacheAlarmThresholds`` documents the defaults) and
  /// runs `alarmActions`, such as SNS topic ARNs.
  @discardableResult
  public func recommendedAlarms(
    thresholds: CacheAlarmThresholds = .init(), alarmActions: [StringValue] = []
  ) -> [CloudWatch.Alarm] {
    let ids = memberClusterIDs
    let suffixes = MemberClusters.ids(
      of: "", clusterModeEnabled: clusterModeEnabled == true, shards: shards, replicasPerShard: replicasPerShard)
    let members = zip(ids, suffixes).map { id, suffix in
      let number = String((suffix.literal ?? "").dropFirst())
      return RecommendedAlarms.Member(
        clusterID: id, label: id.literal ?? "\(number) of \(node.path)", idSuffix: number.replacingHyphens)
    }
    return RecommendedAlarms(
      cache: self, engine: engine ?? .valkeyLatest, members: members, hasReplicas: replicasPerShard > 0
    ).create(thresholds: thresholds, alarmActions: alarmActions)
  }
}

extension String {
  /// The string without its hyphens, for construct ids: `-0001-002` becomes `0001002`.
  fileprivate var replacingHyphens: String { filter { $0 != "-" } }
}
