/// EC3: replication groups and serverless caches are encrypted with a customer-managed KMS key.
struct CustomerManagedKeyRule: CacheRule {
  let description = RuleDescription(
    code: .noCustomerManagedKey,
    title: "Customer-managed KMS key",
    resources: ["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::ServerlessCache"],
    checks: """
      `KmsKeyId` is set, and not to the AWS-managed alias `alias/aws/elasticache`.
      """,
    rationale: """
      With the default key, who may decrypt the cache's data and snapshots cannot be restricted or audited with \
      key policies, and access cannot be revoked by disabling the key. Seed 004 (§7 "Integrations", §12 \
      "Encryption") names customer-managed KMS keys for at-rest encryption; \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html.
      """,
    fix: "Create a KMS key (`KMS.Key` in Swift) and pass it as `kmsKey:`, or set `KmsKeyId` to its ARN.",
    peers: ["checkov CKV_AWS_191 (Terraform replication groups only)"],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.kind != .cacheCluster else { return nil }
      let key = cache.properties["KmsKeyId"]
      var clauses = PropertyCheck.unset(key)
      clauses += key.possibilities.compactMap { possibility in
        possibility.value.literalText?.lowercased().hasSuffix("alias/aws/elasticache") == true
          ? possibility.whenClause : nil
      }
      guard !clauses.isEmpty else { return nil }
      return Violation(
        cache.record,
        "\(cache.kindName.capitalizedFirst) \(cache.displayName) is encrypted with a key AWS manages, not a "
          + "customer-managed KMS key\(PropertyCheck.summary(clauses)).")
    }
  }
}
