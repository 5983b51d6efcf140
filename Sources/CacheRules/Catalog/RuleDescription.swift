public import Diagnostics

/// What a rule checks and why: the text of the rule catalog, the SARIF rule metadata and `--list-rules`.
public struct RuleDescription: Sendable {
  /// The rule's code: its stable id (`EC1`...) and default severity.
  public let code: ProblemCode
  /// A short title.
  public let title: String
  /// The resource types the rule looks at.
  public let resources: [String]
  /// What the rule checks, in a sentence or two.
  public let checks: String
  /// Why it matters, citing seed 004 or the service documentation.
  public let rationale: String
  /// How to fix a finding.
  public let fix: String
  /// The corresponding ids of other rule sets, and how they differ.
  public let peers: [String]
  /// The settings a rules file may give the rule, with their defaults.
  public let options: [String]

  /// The id, such as `EC1`.
  public var id: String { code.name }
  /// The severity of a finding unless a rules file changes it.
  public var defaultSeverity: Problem.Severity { code.defaultSeverity }
}
