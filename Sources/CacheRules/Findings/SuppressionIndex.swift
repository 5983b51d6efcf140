import CacheAccessControl
import CloudFormationModel
import Diagnostics

/// The suppressions that apply to the resources of one template set: those in resource and template metadata
/// (`cdk_nag.rules_to_suppress`, as cdk-nag and `Rules.suppress` write them) and those of the rules file. A
/// suppression without a reason suppresses nothing and becomes a finding of its own.
struct SuppressionIndex {
  /// Suppressions by template index and logical id ("" for the whole template).
  private var byResource: [Int: [String: [Suppression]]] = [:]
  private let configured: [ConfiguredSuppression]
  /// Findings about the suppressions themselves.
  private(set) var problems: [Finding] = []

  init(templates: [ParsedTemplate], configuration: RuleConfiguration) {
    configured = configuration.suppressions
    for template in templates {
      let templateLocation = FindingLocation(template: template.source.name, resource: "")
      for entry in Self.entries(template.metadata) {
        add(entry, origin: .templateMetadata, template: template.index, resource: "", location: templateLocation)
      }
      for resource in template.resources {
        let location = FindingLocation(
          template: template.source.name, resource: resource.logicalID, resourceType: resource.type,
          constructPath: resource.constructPath, line: resource.line)
        for entry in Self.entries(resource.metadata) {
          add(
            entry, origin: .resourceMetadata, template: template.index, resource: resource.logicalID, location: location
          )
        }
      }
    }
  }

  /// Findings about the rules file's suppressions: those without a reason.
  static func configurationProblems(_ configuration: RuleConfiguration) -> [Finding] {
    configuration.suppressions.filter { ($0.reason?.trimmingWhitespace ?? "").isEmpty }.map { suppression in
      Finding(
        Problem(
          .suppressionWithoutReason,
          "The rules file's suppression of \(suppression.rule) at '\(suppression.resource)' gives no reason, so it "
            + "suppresses nothing.",
          fix: "Add a 'reason' that says why the rule does not apply."),
        at: FindingLocation(template: configuration.source ?? "rules file", resource: suppression.resource))
    }
  }

  /// The `rules_to_suppress` entries of a `cdk_nag` metadata object.
  private static func entries(_ metadata: TemplateValue?) -> [TemplateValue] {
    metadata?["cdk_nag"]?["rules_to_suppress"]?.arrayValue ?? []
  }

  private mutating func add(
    _ entry: TemplateValue, origin: Suppression.Origin, template: Int, resource: String, location: FindingLocation
  ) {
    guard let id = entry["id"]?.stringValue else { return }
    guard let rule = RuleCatalog.description(of: id) else {
      // Other tools' ids (cdk-nag's AwsSolutions-...) are theirs; an id shaped like ours is a mistake.
      if id.uppercased().hasPrefix("EC"), Int(id.dropFirst(2)) != nil {
        problems.append(
          Finding(
            Problem(
              .unknownRuleInSuppression, "A suppression names '\(id)', which is not a rule of the catalog.",
              fix: "Name one of EC1 to EC18."),
            at: location))
      }
      return
    }
    let reason = (entry["reason"]?.stringValue ?? "").trimmingWhitespace
    guard !reason.isEmpty else {
      problems.append(
        Finding(
          Problem(
            .suppressionWithoutReason, "The suppression of \(rule.id) gives no reason, so it suppresses nothing.",
            fix: "Add a reason that says why the rule does not apply."),
          at: location))
      return
    }
    byResource[template, default: [:]][resource, default: []].append(
      Suppression(rule: rule.id, reason: reason, origin: origin))
  }

  /// The suppression that hides a finding of `rule` at a resource, if any.
  func suppression(of rule: String, at resource: ResourceRecord, templateName: String) -> Suppression? {
    let declared = byResource[resource.key.template] ?? [:]
    if let found = (declared[resource.logicalID] ?? []).first(where: { $0.rule == rule }) { return found }
    if let found = (declared[""] ?? []).first(where: { $0.rule == rule }) { return found }
    for suppression in configured where suppression.rule == rule {
      guard let reason = suppression.reason?.trimmingWhitespace, !reason.isEmpty else { continue }
      let resourcePattern = GlobPattern(suppression.resource)
      guard resourcePattern.matches(resource.logicalID) || resource.constructPath.map(resourcePattern.matches) == true
      else { continue }
      if let template = suppression.template {
        let pattern = GlobPattern(template)
        let fileName = templateName.split(separator: "/").last.map(String.init) ?? templateName
        guard pattern.matches(templateName) || pattern.matches(fileName) else { continue }
      }
      return Suppression(rule: rule, reason: reason, origin: .rulesFile)
    }
    return nil
  }
}
