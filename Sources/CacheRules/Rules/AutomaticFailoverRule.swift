/// EC4: replication groups fail over automatically to a replica in another Availability Zone.
struct AutomaticFailoverRule: CacheRule {
  let description = RuleDescription(
    code: .noAutomaticFailover,
    title: "Automatic failover and Multi-AZ",
    resources: ["AWS::ElastiCache::ReplicationGroup"],
    checks: """
      `AutomaticFailoverEnabled` and `MultiAZEnabled` are true (both default to false), and every shard has at \
      least one replica (`NumCacheClusters` ≥ 2, `ReplicasPerNodeGroup` ≥ 1, or a `ReplicaCount` ≥ 1 in each \
      `NodeGroupConfiguration`).
      """,
    rationale: """
      A single node is a single point of failure: without a replica and automatic failover, a node or \
      Availability Zone failure takes the cache down until it is replaced, empty. Seed 004 (§6.2, §11 \
      "Reliability best practices", §15) asks for at least one replica and automatic failover for production \
      Redis OSS and Valkey; https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html.
      """,
    fix: """
      Set `AutomaticFailoverEnabled: true` and `MultiAZEnabled: true` with at least one replica per shard \
      (`replicasPerShard: 1` in Swift). Suppress the rule, with the reason, for development caches.
      """,
    peers: [
      "cdk-nag AwsSolutions-AEC4 (Multi-AZ only)", "checkov CKV2_AWS_50 (failover only, Terraform)",
      "Security Hub ElastiCache.3", "Control Tower CT.ELASTICACHE.PR.3",
    ],
    options: ["minimumReplicas: the fewest replicas per shard (default 1)"])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.kind == .replicationGroup else { return nil }
      var missing: [String] = []
      let failover = PropertyCheck.notTrue(cache.properties["AutomaticFailoverEnabled"], absentMeans: false)
      if !failover.isEmpty { missing.append("AutomaticFailoverEnabled is not true\(PropertyCheck.summary(failover))") }
      let multiAZ = PropertyCheck.notTrue(cache.properties["MultiAZEnabled"], absentMeans: false)
      if !multiAZ.isEmpty { missing.append("MultiAZEnabled is not true\(PropertyCheck.summary(multiAZ))") }
      if let replicas = fewestReplicas(cache.properties), replicas < options.minimumReplicas {
        missing.append(
          "a shard has \(replicas) replica\(replicas == 1 ? "" : "s") (at least \(options.minimumReplicas) needed)")
      }
      guard !missing.isEmpty else { return nil }
      return Violation(
        cache.record,
        "Replication group \(cache.displayName) cannot fail over automatically: \(missing.joined(separator: "; ")).")
    }
  }

  /// The fewest replicas any shard may have, when the template tells; `nil` when it depends on values known
  /// only at deployment, or on cache clusters declared separately (`PrimaryClusterId`).
  private func fewestReplicas(_ properties: Resolved) -> Int? {
    var counts: [Int] = []
    for configuration in Inventory.union(properties["NodeGroupConfiguration"]) {
      let count = configuration["ReplicaCount"]
      if count.isMissing { continue }
      counts.append(contentsOf: count.possibilities.compactMap(\.value.integerValue))
    }
    if !counts.isEmpty { return counts.min() }
    let perShard = properties["ReplicasPerNodeGroup"]
    if !perShard.isMissing { return perShard.possibilities.compactMap(\.value.integerValue).min() }
    let clusters = properties["NumCacheClusters"]
    if !clusters.isMissing { return clusters.possibilities.compactMap(\.value.integerValue).min().map { $0 - 1 } }
    return properties["PrimaryClusterId"].isMissing ? 0 : nil
  }
}
