/// EC6: automatic minor-version upgrades stay on.
struct MinorVersionUpgradeRule: CacheRule {
  let description = RuleDescription(
    code: .minorVersionUpgradesDisabled,
    title: "Minor-version upgrades",
    resources: ["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"],
    checks: "`AutoMinorVersionUpgrade` is not false (it defaults to true).",
    rationale: """
      Minor versions carry security and bug fixes; a cache that does not take them keeps known vulnerabilities. \
      Seed 004 (§6.12) describes managed patching in maintenance windows; \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html.
      """,
    fix: "Remove `AutoMinorVersionUpgrade: false` and set `PreferredMaintenanceWindow` to a quiet time.",
    peers: [
      "Security Hub ElastiCache.2 (cache clusters)", "Control Tower CT.ELASTICACHE.PR.2",
      "checkov CKV_AWS_322 (Terraform cache clusters)",
    ],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.kind != .serverlessCache, !cache.isReplicationGroupMember else { return nil }
      let off = PropertyCheck.notTrue(cache.properties["AutoMinorVersionUpgrade"], absentMeans: true)
      guard !off.isEmpty else { return nil }
      return Violation(
        cache.record,
        "Automatic minor-version upgrades are disabled on \(cache.kindName) \(cache.displayName) "
          + "(AutoMinorVersionUpgrade is false\(PropertyCheck.summary(off))).")
    }
  }
}
