import CacheAccessControl

/// EC11: users given `+@all` also lose `-@dangerous`.
struct DangerousCommandsRule: CacheRule {
  let description = RuleDescription(
    code: .dangerousCommandsAllowed,
    title: "+@all without -@dangerous",
    resources: ["AWS::ElastiCache::User"],
    checks: """
      A user that is on and allowed every command (`+@all`, `allcommands`) still loses the `@dangerous` \
      category: no command of it stays allowed.
      """,
    rationale: """
      `@dangerous` holds `FLUSHALL`, `FLUSHDB`, `KEYS`, `DEBUG`, `MONITOR` and the like: one service's mistake \
      empties or stalls the cache for all. The RBAC guide shows `-@dangerous` for application users: \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html; seed 004 §12.
      """,
    fix: "Append `-@dangerous` to the access string (`KeyspacePermissions(denyDangerousCommands: true)` in Swift).",
    peers: ["none: no public rule set checks access strings"],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    UserPermissions.firstVariants(of: inventory.users) { user, variant in
      variant.permissions.commandRules.contains { $0.allows && $0.target == .all }
        && user.allowsCommand(in: "dangerous", variant.permissions)
    }.map { user, variant in
      Violation(
        user.user.record,
        "User \(user.user.displayName) is given +@all without -@dangerous ('\(variant.text)'\(variant.whenClause)): it "
          + "may run FLUSHALL, KEYS, DEBUG and the other dangerous commands.")
    }
  }
}
