import CloudFormationModel
public import Diagnostics

/// What a rules file (`--rules`) sets: each rule's severity (or `off`), the rules' thresholds, and suppressions.
///
/// ```yaml
/// rules:
///   EC5: { severity: error, minimumRetentionDays: 7 }
///   EC16: off
///   EC17: { requiredTags: [team, cost-center] }
/// suppressions:
///   - rule: EC4
///     resource: DevCache              # a logical id or construct path; * and ? match any text
///     template: dev.template.yaml     # optional: the template's name or file name; * and ? too
///     reason: A development cache needs no replica.
/// ```
public struct RuleConfiguration: Sendable {
  /// Severities that replace a rule's default, by rule id.
  public var severities: [String: Problem.Severity] = [:]
  /// The rules turned off.
  public var disabledRules: Set<String> = []
  /// The rules' thresholds.
  public var options = RuleOptions()
  /// Suppressions of findings.
  public var suppressions: [ConfiguredSuppression] = []
  /// The rules file's path, which locates findings about the file.
  public var source: String?

  /// Every rule at its default severity, no suppression.
  public init() {}

  /// The severity of findings of a rule; `nil` when the rule is off.
  func severity(of code: ProblemCode) -> Problem.Severity? {
    disabledRules.contains(code.name) ? nil : severities[code.name] ?? code.defaultSeverity
  }
}

/// A suppression in a rules file.
public struct ConfiguredSuppression: Sendable, Equatable {
  /// The rule's id.
  public var rule: String
  /// The resources: a logical id or construct path, where `*` and `?` match any text.
  public var resource: String
  /// The templates, by name or file name (`*` and `?` match any text); every template when `nil`.
  public var template: String?
  /// Why the rule does not apply; a suppression without one suppresses nothing and is itself an error.
  public var reason: String?

  /// A suppression of `rule` at `resource`.
  public init(rule: String, resource: String, template: String? = nil, reason: String?) {
    self.rule = rule
    self.resource = resource
    self.template = template
    self.reason = reason
  }
}

/// A rules file that cannot be used: every problem in it, each naming where.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
  /// The rules file's path.
  public let path: String
  /// What is wrong, one entry per problem.
  public let problems: [String]

  public var description: String {
    "\(path): the rules file cannot be used:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
  }
}
