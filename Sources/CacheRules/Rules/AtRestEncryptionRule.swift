/// EC2: replication groups encrypt their data at rest.
struct AtRestEncryptionRule: CacheRule {
  let description = RuleDescription(
    code: .atRestEncryptionOff,
    title: "Encryption at rest",
    resources: ["AWS::ElastiCache::ReplicationGroup"],
    checks: "`AtRestEncryptionEnabled` is true (it defaults to false). Serverless caches are always encrypted at rest.",
    rationale: """
      Unencrypted nodes, swap and snapshots expose cached sessions, tokens and derived personal data. Seed 004 \
      (§6.8, §12 "Encryption" and "Secure deployment recommendations") lists at-rest encryption with KMS among \
      the settings of a production cache; \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html.
      """,
    fix: """
      Set `AtRestEncryptionEnabled: true`. It can only be chosen when the replication group is created, so \
      CloudFormation replaces the group: migrate its data or accept an empty cache.
      """,
    peers: [
      "cdk-nag AwsSolutions-AEC3 (together with encryption in transit)", "checkov CKV_AWS_29", "cfn_nag F25",
      "Security Hub ElastiCache.4", "Control Tower CT.ELASTICACHE.PR.4",
    ],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.kind == .replicationGroup else { return nil }
      let off = PropertyCheck.notTrue(cache.properties["AtRestEncryptionEnabled"], absentMeans: false)
      guard !off.isEmpty else { return nil }
      return Violation(
        cache.record,
        "Encryption at rest is off on replication group \(cache.displayName): AtRestEncryptionEnabled is not "
          + "true\(PropertyCheck.summary(off)).")
    }
  }
}
