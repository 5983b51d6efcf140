public import Diagnostics

/// What a rule found, and where: a ``Problem`` whose code is the rule, at a resource of a template.
public struct Finding: Sendable, Equatable {
  /// The rule (its code), severity, message and fix.
  public let problem: Problem
  /// Where it was found.
  public let location: FindingLocation

  /// A finding of `problem` at `location`.
  public init(_ problem: Problem, at location: FindingLocation) {
    self.problem = problem
    self.location = location
  }

  /// The rule's id, such as `EC1`.
  public var rule: String { problem.code.name }
  /// How serious the finding is, after the rules file.
  public var severity: Problem.Severity { problem.severity }
  /// The finding as a diagnostic at the resource's construct path (or its logical id), as `validate` reports.
  public var diagnostic: Diagnostic { Diagnostic(problem, path: location.constructPath ?? location.resource) }
}

/// Where a finding is: a resource of a template, or the template or rules file itself.
public struct FindingLocation: Sendable, Hashable {
  /// The template's name (file path, or file name in a cloud assembly), or the rules file's path.
  public let template: String
  /// The resource's logical id; empty for the template or rules file itself.
  public let resource: String
  /// The resource's type.
  public let resourceType: String?
  /// The resource's construct path, when the template or assembly tells it.
  public let constructPath: String?
  /// The resource's line in the template's text, when known.
  public let line: Int?

  /// A location.
  public init(
    template: String, resource: String, resourceType: String? = nil, constructPath: String? = nil, line: Int? = nil
  ) {
    self.template = template
    self.resource = resource
    self.resourceType = resourceType
    self.constructPath = constructPath
    self.line = line
  }
}

/// A suppression of a rule, with its reason.
public struct Suppression: Sendable, Equatable {
  /// Where a suppression was declared.
  public enum Origin: String, Sendable {
    /// The resource's `Metadata` (`cdk_nag.rules_to_suppress`, as `Rules.suppress` and cdk-nag write it).
    case resourceMetadata
    /// The template's own `Metadata`: every resource of the template.
    case templateMetadata
    /// The rules file (`--rules`).
    case rulesFile
  }

  /// The rule's id.
  public let rule: String
  /// Why the rule does not apply.
  public let reason: String
  /// Where the suppression was declared.
  public let origin: Origin
}

/// A finding a suppression hides, with the suppression.
public struct SuppressedFinding: Sendable, Equatable {
  public let finding: Finding
  public let suppression: Suppression
}

/// The outcome of checking: the findings that remain, the suppressed ones, and what was checked.
public struct CheckReport: Sendable {
  /// The findings that remain, by template, resource and rule.
  public let findings: [Finding]
  /// The findings a suppression hides.
  public let suppressed: [SuppressedFinding]
  /// The number of templates checked.
  public let templateCount: Int

  /// Whether a finding of severity error remains.
  public var hasErrors: Bool { findings.contains { $0.severity == .error } }

  /// The number of remaining findings of a severity.
  public func count(_ severity: Problem.Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
