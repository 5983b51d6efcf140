/// EC9: the `default` user of a user group is off or needs a password.
struct OpenDefaultUserRule: CacheRule {
  let description = RuleDescription(
    code: .openDefaultUser,
    title: "Default user not open",
    resources: ["AWS::ElastiCache::User", "AWS::ElastiCache::UserGroup"],
    checks: """
      A user named `default` is off (`off` in its access string) or authenticates with a password; a user group \
      does not hold AWS's built-in user `default` (id `default`: on, every key and command, no password). \
      A `default` user that is on, needs no password and may run a command is reported.
      """,
    rationale: """
      Clients that connect without credentials act as the `default` user, so an open default user makes every \
      other user's restrictions moot. The RBAC guide says to replace the built-in user with one that is \
      disabled or password-protected: \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html; seed 004 §12 "Common security \
      mistakes" (sharing a cache without access controls).
      """,
    fix: """
      Add your own user named `default` with the access string `off -@all` (`NoPasswordUser(..., userName: \
      "default", accessControl: .fromAccessString("off -@all"))` in Swift), or give it a password, and use it in \
      the group instead of the built-in user.
      """,
    peers: ["none: no public rule set checks users or user groups"],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    let passwordless = inventory.users.filter { $0.userName == "default" && $0.authentications.contains(.noPassword) }
    var violations = UserPermissions.firstVariants(of: passwordless) { user, variant in
      user.allowsAnyCommand(variant.permissions)
    }.map { user, open in
      Violation(
        user.user.record,
        "User \(user.user.displayName) is named default, is on and needs no password ('\(open.text)'\(open.whenClause)): "
          + "every client that connects without credentials acts as it.")
    }
    for group in inventory.userGroups
    where group.members.contains(where: { if case .builtInDefault = $0 { true } else { false } }) {
      violations.append(
        Violation(
          group.record,
          "User group \(group.displayName) holds AWS's built-in user 'default', which is on, needs no password and "
            + "may run every command on every key."))
    }
    return violations
  }
}
