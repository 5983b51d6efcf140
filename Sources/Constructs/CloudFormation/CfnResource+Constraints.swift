import CloudFormationModel
import Diagnostics

extension CfnResource {
  /// The construct that problems with the resource's values are reported on: the construct that owns the
  /// resource when the resource is its default child (`Resource` or `Default`), so that problems name the
  /// construct the user created; else the resource.
  var reportingConstruct: Construct {
    guard let owner = node.scope, !(owner is Stack), node.id == "Resource" || node.id == UniqueID.hiddenComponent
    else { return self }
    return owner
  }

  /// The problems of the literal values of the resource's rendered entry (overrides included) against the
  /// constraints of its schema, except those its owner reports itself.
  func literalValueProblems(in entry: TemplateValue) -> [Problem] {
    guard let constraints else { return [] }
    var checker = ConstraintChecker(typeName: constraints.typeName)
    checker.check(properties: entry["Properties"], against: constraints.properties, leaving: checksLeftToOwner)
    return checker.problems
  }
}
