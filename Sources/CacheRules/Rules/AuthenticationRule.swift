/// EC7: clients authenticate, with an AUTH token or with RBAC users of a user group.
struct AuthenticationRule: CacheRule {
  let description = RuleDescription(
    code: .noAuthentication,
    title: "Authentication",
    resources: [
      "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::ServerlessCache", "AWS::ElastiCache::CacheCluster",
    ],
    checks: """
      A Valkey or Redis OSS replication group has an `AuthToken` or `UserGroupIds` (RBAC counts as \
      authentication); a Valkey or Redis OSS serverless cache has a `UserGroupId`; a Valkey or Redis OSS cache \
      cluster, which can do neither, is reported.
      """,
    rationale: """
      Without authentication, anything that reaches the cache on the network can read and change every key. Seed \
      004 (§6.10, §10 step 4, §12 "Secure deployment recommendations") asks for an AUTH token or IAM \
      authentication; RBAC user groups are the service's finer form of it and the only one serverless caches \
      have: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html.
      """,
    fix: """
      Give the cache a user group (`userGroup:` in Swift, `UserGroupIds`/`UserGroupId`) whose users have \
      passwords or IAM authentication, or an `AuthToken` from Secrets Manager. Move a Valkey or Redis OSS \
      cache cluster to a replication group.
      """,
    peers: [
      "cdk-nag AwsSolutions-AEC6 (AUTH token only: it wrongly flags groups that use RBAC)",
      "checkov CKV_AWS_31 (with encryption in transit)", "Security Hub ElastiCache.6 (engines before 6.0)",
      "Control Tower CT.ELASTICACHE.PR.7, CT.ELASTICACHE.PR.8 (Redis OSS only)",
    ],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.engineFamily == .keyValue, !cache.isReplicationGroupMember else { return nil }
      switch cache.kind {
      case .replicationGroup:
        let noToken = PropertyCheck.unset(cache.properties["AuthToken"])
        let noGroup = PropertyCheck.unset(cache.properties["UserGroupIds"])
        guard !noToken.isEmpty, !noGroup.isEmpty else { return nil }
        let clause = noToken.contains("") ? PropertyCheck.summary(noGroup) : PropertyCheck.summary(noToken)
        return Violation(
          cache.record,
          "Clients of replication group \(cache.displayName) connect without authenticating: it has neither an "
            + "AuthToken nor UserGroupIds\(clause).")
      case .serverlessCache:
        let noGroup = PropertyCheck.unset(cache.properties["UserGroupId"])
        guard !noGroup.isEmpty else { return nil }
        return Violation(
          cache.record,
          "Serverless cache \(cache.displayName) has no user group\(PropertyCheck.summary(noGroup)): every client "
            + "that reaches it connects as the open default user.")
      case .cacheCluster:
        return Violation(
          cache.record,
          "Cache cluster \(cache.displayName) runs \(cache.engineName ?? "Valkey or Redis OSS") without "
            + "authentication: a cache cluster takes neither an AUTH token nor a user group.",
          fix: "Declare a replication group instead (a single node is a replication group of one), with a user "
            + "group or an AUTH token.")
      }
    }
  }
}
