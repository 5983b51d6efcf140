import CacheAccessControl

/// EC10: no user may run every command on every key.
struct UnrestrictedUserRule: CacheRule {
  let description = RuleDescription(
    code: .unrestrictedUser,
    title: "No unrestricted users",
    resources: ["AWS::ElastiCache::User"],
    checks: """
      No user that is on reaches every key (`~*`, `allkeys`, `%R~*`...) while allowed every command (`+@all`, \
      `allcommands`), as the engine applies the access string from left to right.
      """,
    rationale: """
      Such a user is an administrator of the whole cache: it can read every service's data, `FLUSHALL` and \
      `CONFIG` it. Seed 004 (§12 "Common security mistakes") warns against sharing a cache without strict \
      keyspace isolation and access controls; the RBAC guide recommends least-privilege access strings: \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html.
      """,
    fix: """
      Limit the user to its keyspace (`~orders:*`) and the commands it needs (`-@all +@read +@write`, or \
      `+@all -@dangerous`). Suppress the rule, with the reason, for a deliberate administrator user.
      """,
    peers: ["none: no public rule set checks access strings"],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    UserPermissions.firstVariants(of: inventory.users) { user, variant in
      variant.permissions.reachesAllKeys && user.allowsEveryCommand(variant.permissions)
    }.map { user, variant in
      Violation(
        user.user.record,
        "User \(user.user.displayName) may run every command on every key ('\(variant.text)'\(variant.whenClause)).")
    }
  }
}
