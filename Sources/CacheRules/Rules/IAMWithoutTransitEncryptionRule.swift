/// EC13: IAM-authenticated users only on caches that encrypt in transit.
struct IAMWithoutTransitEncryptionRule: CacheRule {
  let description = RuleDescription(
    code: .iamUserWithoutTransitEncryption,
    title: "IAM users need TLS",
    resources: ["AWS::ElastiCache::User", "AWS::ElastiCache::UserGroup", "AWS::ElastiCache::ReplicationGroup"],
    checks: """
      A replication group whose user groups hold a user with `AuthenticationMode.Type: iam` has \
      `TransitEncryptionEnabled: true`. Serverless caches always use TLS.
      """,
    rationale: """
      IAM authentication is only available with encryption in transit: the short-lived token would otherwise \
      cross the network in clear, and ElastiCache refuses it. Seed 004 (§6.10 "AUTH tokens without TLS can \
      expose secrets", §12); https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth-iam.html.
      """,
    fix: "Enable encryption in transit on the cache, or authenticate those users with passwords.",
    peers: ["none: no public rule set checks users"],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.kind == .replicationGroup else { return nil }
      let off = PropertyCheck.notTrue(cache.properties["TransitEncryptionEnabled"], absentMeans: false)
      guard !off.isEmpty else { return nil }
      let iamUsers = inventory.userGroups(of: cache).flatMap { group in
        group.users.filter { $0.authentications.contains(.iam) }.map {
          "\($0.displayName) of user group \(group.displayName)"
        }
      }
      guard !iamUsers.isEmpty else { return nil }
      return Violation(
        cache.record,
        "Replication group \(cache.displayName) has IAM users (\(iamUsers.joined(separator: ", "))) but no "
          + "encryption in transit\(PropertyCheck.summary(off)): IAM authentication needs TLS.")
    }
  }
}
