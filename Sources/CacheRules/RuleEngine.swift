import Diagnostics

/// Runs the rule catalog over template sets: resolves what the templates allow, runs every rule the
/// configuration leaves on, applies suppressions, and orders the findings by template, resource and rule.
public struct RuleEngine: Sendable {
  /// Severities, thresholds and suppressions.
  public var configuration: RuleConfiguration

  /// An engine with this configuration.
  public init(configuration: RuleConfiguration = RuleConfiguration()) {
    self.configuration = configuration
  }

  /// Checks each set (the templates of one set refer to each other; sets are independent).
  public func check(_ sets: [TemplateSet]) -> CheckReport {
    var findings: [(order: [Int], finding: Finding)] = SuppressionIndex.configurationProblems(configuration).map {
      ([-1], $0)
    }
    var suppressed: [SuppressedFinding] = []
    for (setIndex, set) in sets.enumerated() {
      let inventory = Inventory(set)
      let suppressions = SuppressionIndex(templates: inventory.templates, configuration: configuration)
      let positions = Dictionary(
        uniqueKeysWithValues: inventory.templates.flatMap { template in
          template.resources.enumerated().map { ($0.element.key, $0.offset) }
        })
      for problem in suppressions.problems {
        findings.append(([setIndex, -1, -1, -1], problem))
      }
      for (ruleIndex, rule) in RuleCatalog.rules.enumerated() {
        guard let severity = configuration.severity(of: rule.description.code) else { continue }
        for violation in rule.check(inventory, options: configuration.options) {
          let record = violation.resource
          let template = inventory.templates[record.key.template]
          let finding = Finding(
            Problem(
              rule.description.code, violation.message, fix: violation.fix ?? rule.description.fix, severity: severity),
            at: FindingLocation(
              template: template.source.name, resource: record.logicalID, resourceType: record.type,
              constructPath: record.constructPath, line: record.line))
          if let suppression = suppressions.suppression(
            of: rule.description.id, at: record, templateName: template.source.name)
          {
            suppressed.append(SuppressedFinding(finding: finding, suppression: suppression))
          } else {
            findings.append(([setIndex, record.key.template, positions[record.key] ?? 0, ruleIndex], finding))
          }
        }
      }
    }
    let ordered = findings.enumerated().sorted { left, right in
      left.element.order == right.element.order
        ? left.offset < right.offset : left.element.order.lexicographicallyPrecedes(right.element.order)
    }
    return CheckReport(
      findings: ordered.map(\.element.finding), suppressed: suppressed,
      templateCount: sets.reduce(0) { $0 + $1.templates.count })
  }

}
