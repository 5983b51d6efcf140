/// EC1: replication groups and cache clusters encrypt traffic in transit, whatever the engine.
struct TransitEncryptionRule: CacheRule {
  let description = RuleDescription(
    code: .transitEncryptionOff,
    title: "Encryption in transit",
    resources: ["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"],
    checks: """
      `TransitEncryptionEnabled` is true (it defaults to false), and `TransitEncryptionMode` is not `preferred` \
      (which still accepts unencrypted connections). Valkey, Redis OSS and Memcached caches are all checked; \
      serverless caches always use TLS.
      """,
    rationale: """
      Without TLS, data, AUTH tokens and passwords cross the network in clear text. Seed 004 (§6.9, §12 \
      "Encryption", "Common security mistakes") calls TLS strongly recommended for anything beyond a throwaway \
      cache; https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html.
      """,
    fix: """
      Set `TransitEncryptionEnabled: true` (and `TransitEncryptionMode: required` once clients use TLS), and \
      connect with TLS.
      """,
    peers: [
      "cdk-nag AwsSolutions-AEC3 (together with encryption at rest)", "checkov CKV_AWS_30, CKV_AWS_31",
      "cfn_nag F33", "Security Hub ElastiCache.5", "Control Tower CT.ELASTICACHE.PR.5",
      "Guard ELASTICACHE_REPLICATION_GROUP_ENCRYPTION_IN_TRANSIT (checks Redis OSS only; this rule checks Valkey too)",
    ],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.flatMap { cache -> [Violation] in
      guard cache.kind != .serverlessCache, !cache.isReplicationGroupMember else { return [] }
      let enabled = cache.properties["TransitEncryptionEnabled"]
      let off = PropertyCheck.notTrue(enabled, absentMeans: false)
      if !off.isEmpty {
        return [
          Violation(
            cache.record,
            "Encryption in transit is off on \(cache.kindName) \(cache.displayName): TransitEncryptionEnabled is "
              + "not true\(PropertyCheck.summary(off)).")
        ]
      }
      let preferred = cache.properties["TransitEncryptionMode"].possibilities.filter {
        $0.value.literalText?.lowercased() == "preferred"
      }
      guard let mode = preferred.first else { return [] }
      return [
        Violation(
          cache.record,
          "\(cache.kindName.capitalizedFirst) \(cache.displayName) still accepts unencrypted connections: "
            + "TransitEncryptionMode is 'preferred'\(mode.whenClause).",
          fix: "Set TransitEncryptionMode: required once every client connects with TLS.")
      ]
    }
  }
}

extension String {
  /// The string with its first character in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
