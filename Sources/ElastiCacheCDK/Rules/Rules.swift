import CacheRules
import CloudFormationModel
public import Constructs

/// The pre-deploy rules (`my-app check`, `elasticache-check`) seen from an app: suppressions of a rule for
/// a construct, with the reason.
public enum Rules {
  /// The metadata entry that records a suppression on a construct, before it is rendered into the template.
  static let suppressionMetadataType = "elasticache:rules:suppress"

  /// Suppresses rule `ruleID` (`EC1`...`EC18`) for every CloudFormation resource at or below `construct` that the
  /// app holds when it is synthesized, because of `reason`.
  ///
  /// The suppression is rendered into each resource's `Metadata` as cdk-nag renders its own
  /// (`cdk_nag: {rules_to_suppress: [{id, reason}]}`), so `elasticache-check` honours it in the synthesized
  /// template too. An empty reason or an unknown rule id is an error of the app, reported by `validate`,
  /// `synth` and `check`.
  ///
  /// ```swift
  /// Rules.suppress(devCache, "EC4", reason: "A development cache needs no replica.")
  /// ```
  public static func suppress(_ construct: Construct, _ ruleID: String, reason: String) {
    guard let rule = RuleCatalog.description(of: ruleID) else {
      construct.node.addError(
        .unknownRuleInSuppression, "Rules.suppress names '\(ruleID)', which is not a rule of the catalog.",
        fix: "Name one of EC1 to EC18.")
      return
    }
    guard !reason.allSatisfy(\.isWhitespace) else {
      construct.node.addError(
        .suppressionWithoutReason, "The suppression of \(rule.id) gives no reason.",
        fix: "Say why the rule does not apply: Rules.suppress(construct, \"\(rule.id)\", reason: \"...\").")
      return
    }
    let entry: TemplateValue = ["id": .string(rule.id), "reason": .string(reason)]
    construct.node.addPreparation {
      for case let resource as CfnResource in construct.node.findAll() { record(entry, on: resource) }
    }
  }

  /// Adds a suppression to a resource's metadata, rendering every suppression of the resource in one entry.
  private static func record(_ entry: TemplateValue, on resource: CfnResource) {
    let isFirst = !resource.node.metadata.contains { $0.type == suppressionMetadataType }
    guard !resource.node.metadata.contains(where: { $0.type == suppressionMetadataType && $0.data == entry }) else {
      return
    }
    resource.node.addMetadata(suppressionMetadataType, entry)
    guard isFirst else { return }
    resource.addMetadata(
      "cdk_nag",
      Lazy.any {
        let entries = resource.node.metadata.filter { $0.type == suppressionMetadataType }.map(\.data)
        return CfnValue(TemplateValue.object(["rules_to_suppress": .array(entries)]))
      })
  }
}
