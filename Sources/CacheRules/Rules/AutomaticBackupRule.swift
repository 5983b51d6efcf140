/// EC5: Valkey and Redis OSS caches of every kind keep automatic backups.
struct AutomaticBackupRule: CacheRule {
  let description = RuleDescription(
    code: .noAutomaticBackups,
    title: "Automatic backups",
    resources: [
      "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ServerlessCache",
    ],
    checks: """
      `SnapshotRetentionLimit` is at least the threshold (1 day by default; it defaults to 0, no backups) on \
      Valkey and Redis OSS replication groups, cache clusters and serverless caches. Memcached keeps no backups.
      """,
    rationale: """
      Without snapshots, an accidental flush, a bad deployment or data corruption cannot be recovered from. Seed \
      004 (§6.11, §11 "Reliability best practices") recommends backups for recovery workflows; \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html.
      """,
    fix: """
      Set `SnapshotRetentionLimit` to the days of backups to keep (1–35), with a `SnapshotWindow` (or \
      `DailySnapshotTime` for serverless caches) outside peak hours.
      """,
    peers: [
      "Security Hub ElastiCache.1 (not serverless caches)", "Control Tower CT.ELASTICACHE.PR.1",
      "checkov CKV_AWS_134 (Terraform cache clusters)",
      "cdk-nag HIPAA.Security/NIST.800.53 ElastiCacheRedisClusterAutomaticBackup (15 days; set minimumRetentionDays: 15)",
    ],
    options: ["minimumRetentionDays: the fewest days of backups (default 1)"])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.engineFamily == .keyValue, !cache.isReplicationGroupMember else { return nil }
      let retention = cache.properties["SnapshotRetentionLimit"]
      let short = retention.possibilities.compactMap { possibility -> (Int, String)? in
        let days = possibility.value.isMissing ? 0 : possibility.value.integerValue
        guard let days, days < options.minimumRetentionDays else { return nil }
        return (days, possibility.whenClause)
      }
      guard let (days, clause) = short.min(by: { $0.0 < $1.0 }) else { return nil }
      let what =
        days == 0
        ? "automatic backups are off (SnapshotRetentionLimit is 0)"
        : "backups are kept \(days) day\(days == 1 ? "" : "s") (SnapshotRetentionLimit), fewer than the "
          + "\(options.minimumRetentionDays) required"
      return Violation(cache.record, "On \(cache.kindName) \(cache.displayName), \(what)\(clause).")
    }
  }
}
