import CloudFormationModel
import Diagnostics

/// The physical names of the app's resources (a user's id, a cache's name, a role's name), collected as the
/// templates render, to find two resources that would have the same name where AWS needs it unique in an
/// account or a region: the second one's deployment would fail, or take over the first.
struct PhysicalNames {
  private struct Entry {
    let resource: CfnResource
    let name: String
    let key: String
  }

  private var entries: [Entry] = []

  /// Notes the name of `resource` from its rendered entry, if its type has one and it is a literal.
  mutating func note(_ resource: CfnResource, entry: TemplateValue) {
    guard let rule = resource.constraints?.physicalName,
      let name = entry["Properties"]?[rule.property]?.stringValue,
      !ConstraintChecker.isDeployTime(.string(name))
    else { return }
    let environment = resource.stack.environment
    let place =
      switch rule.scope {
      case .account: environment.account ?? "?"
      case .region: "\(environment.account ?? "?")/\(environment.region ?? "?")"
      }
    let key = [resource.cfnResourceType, place, rule.ignoresCase ? name.lowercased() : name].joined(separator: "\n")
    entries.append(Entry(resource: resource, name: name, key: key))
  }

  /// An error on every resource whose name an earlier resource of the app already has.
  func duplicates() -> [Diagnostic] {
    var first: [String: Entry] = [:]
    var found: [Diagnostic] = []
    for entry in entries {
      guard let original = first[entry.key] else {
        first[entry.key] = entry
        continue
      }
      guard let rule = entry.resource.constraints?.physicalName else { continue }
      let type = entry.resource.cfnResourceType
      let scope = rule.scope == .account ? "account" : "account and region"
      let caseNote = rule.ignoresCase && original.name != entry.name ? " (the service ignores case in it)" : ""
      found.append(
        Diagnostic(
          Problem(
            .duplicatePhysicalName,
            "\(type) \(rule.property) '\(entry.name)' is already the \(rule.property) of "
              + "\(original.resource.reportingConstruct.node.path)\(caseNote): each \(type) needs its own "
              + "\(rule.property) in an \(scope), so deploying both fails.",
            fix: "Give one of them another \(rule.property), or create the resource once and import it elsewhere."),
          path: entry.resource.reportingConstruct.node.path))
    }
    return found
  }
}
