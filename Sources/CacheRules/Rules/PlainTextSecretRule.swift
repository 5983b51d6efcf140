/// EC8: AUTH tokens and user passwords are never in the template in plain text.
struct PlainTextSecretRule: CacheRule {
  let description = RuleDescription(
    code: .plainTextSecret,
    title: "No plain-text secrets",
    resources: ["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::User"],
    checks: """
      `AuthToken`, `Passwords` and `AuthenticationMode.Passwords` are dynamic references to Secrets Manager \
      (`{{resolve:secretsmanager:...}}`) or SSM SecureString parameters (`{{resolve:ssm-secure:...}}`), or \
      `NoEcho` parameters without a `Default`. Literal text, plain `{{resolve:ssm:...}}` parameters, parameters \
      that are not `NoEcho` and `NoEcho` parameters with a default are reported.
      """,
    rationale: """
      A secret in a template is in source control, in the template stored by CloudFormation and in the console \
      for anyone who may read stacks. Seed 004 (§11 "IAM/security best practices", §12 "Secrets handling") says \
      to keep AUTH tokens in Secrets Manager or SSM SecureString, never in code; \
      https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html.
      """,
    fix: """
      Keep the secret in Secrets Manager and refer to it (`SecretValue.secretsManager(...)` in Swift, \
      `{{resolve:secretsmanager:name:SecretString:field}}` in a template), or pass it as a `NoEcho` parameter \
      without a default. Rotate a secret that was ever committed.
      """,
    peers: ["cfn_nag F44 (replication groups only)", "cfn-lint W1011 (parameter references only)"],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    var violations: [Violation] = []
    for cache in inventory.caches where cache.kind == .replicationGroup {
      if let problem = problem(cache.properties["AuthToken"], inventory: inventory, template: cache.record.key.template)
      {
        violations.append(
          Violation(cache.record, "The AuthToken of replication group \(cache.displayName) \(problem)."))
      }
    }
    for user in inventory.users {
      let passwords =
        Inventory.union(user.properties["Passwords"])
        + Inventory.union(user.properties["AuthenticationMode"]["Passwords"])
      let problems = passwords.compactMap { problem($0, inventory: inventory, template: user.record.key.template) }
      if let first = problems.first {
        violations.append(Violation(user.record, "A password of user \(user.displayName) \(first)."))
      }
    }
    return violations
  }

  /// What is wrong with a secret's value (never the value itself), or `nil` when it is kept safely or unknown.
  private func problem(_ value: Resolved, inventory: Inventory, template: Int) -> String? {
    for possibility in value.possibilities {
      guard let parts = possibility.value.textParts, !parts.isEmpty else { continue }
      if case .literal(let first) = parts[0] {
        let lowered = first.lowercased()
        if lowered.hasPrefix("{{resolve:secretsmanager:") || lowered.hasPrefix("{{resolve:ssm-secure:") { continue }
        if lowered.hasPrefix("{{resolve:ssm:") {
          return "comes from a plain SSM String parameter\(possibility.whenClause), which anyone who may read "
            + "parameters sees"
        }
      }
      for part in parts {
        switch part {
        case .literal(let text) where !text.trimmingWhitespace.isEmpty:
          return "is written in plain text in the template\(possibility.whenClause)"
        case .opaque(.parameter(let name)):
          return "comes from parameter '\(name)', which is not NoEcho\(possibility.whenClause): its value shows in "
            + "the console and in DescribeStacks"
        case .opaque(.secretParameter(let name))
        where inventory.templates[template].parameters[name]?.defaultValue != nil:
          return "comes from NoEcho parameter '\(name)', whose Default the template holds in plain text"
            + possibility.whenClause
        default: continue
        }
      }
    }
    return nil
  }
}
