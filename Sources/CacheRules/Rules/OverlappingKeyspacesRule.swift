import CacheAccessControl

/// EC12: the users of a group keep to their own keys, unless they only read shared ones.
struct OverlappingKeyspacesRule: CacheRule {
  let description = RuleDescription(
    code: .overlappingKeyspaces,
    title: "Separate keyspaces",
    resources: ["AWS::ElastiCache::User", "AWS::ElastiCache::UserGroup"],
    checks: """
      No two users of one user group (its `UserIds`, and users added by this toolkit's membership resources) \
      reach a common key while either may write it: key patterns are compared as the sets of keys they match, \
      exactly (`~orders:*` and `~order*` overlap, `~orders:*` and `~billing:*` do not). Two read-only users may \
      share keys.
      """,
    rationale: """
      When services share a cache, a service that writes another's keys corrupts its data or reads what it should \
      not. Seed 004 (§11 "Key design matters", §12 "Common security mistakes") asks for strict keyspace \
      isolation between the apps and teams of a shared cache; \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html.
      """,
    fix: """
      Give each user its own key prefix (`~billing:*`); share data read-only (`%R~billing:*`, or a user without \
      write commands). Suppress the rule, with the reason, where a shared writable keyspace is intended.
      """,
    peers: ["none: no public rule set checks access strings"],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    var violations: [Violation] = []
    for group in inventory.userGroups {
      let members = group.users.map(UserPermissions.init).filter { !$0.enabledVariants.isEmpty }
      let patterns = members.map(\.keyPatterns)
      for first in members.indices {
        for second in members.indices where second > first {
          guard let shared = sharedKeys(patterns[first], patterns[second]) else { continue }
          let writer = shared.firstWrites ? members[first].user.displayName : members[second].user.displayName
          violations.append(
            Violation(
              group.record,
              "Users \(members[first].user.displayName) and \(members[second].user.displayName) of user group "
                + "\(group.displayName) share keys: '\(shared.first)' and '\(shared.second)' overlap, and "
                + "\(writer) may write them."))
        }
      }
    }
    return violations
  }

  /// The first pair of overlapping patterns at least one of which writes.
  private func sharedKeys(
    _ first: [(pattern: GlobPattern, writes: Bool)], _ second: [(pattern: GlobPattern, writes: Bool)]
  ) -> (first: String, second: String, firstWrites: Bool)? {
    for left in first {
      for right in second where (left.writes || right.writes) && left.pattern.overlaps(right.pattern) {
        return (left.pattern.text, right.pattern.text, left.writes)
      }
    }
    return nil
  }
}
