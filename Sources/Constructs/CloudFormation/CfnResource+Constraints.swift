import CloudFormationModel

extension CfnResource {
  /// The construct that problems with the resource's values are reported on: the construct that owns the
  /// resource when the resource is its default child (`Resource` or `Default`), so that problems name the
  /// construct the user created; else the resource.
  var reportingConstruct: Construct {
    guard let owner = node.scope, !(owner is Stack), node.id == "Resource" || node.id == UniqueID.hiddenComponent
    else { return self }
    return owner
  }

  /// Checks the literal values of the resource as it renders (overrides included) against the constraints
  /// of its schema, except the properties its owner checks itself.
  func validateLiteralValues(_ report: inout ValidationReport) {
    guard let constraints, node.scope?.node.tryFindChild(node.id) === self,
      let entry = renderEntry(ElementResolver(resolver: Resolver(consumer: stack)))
    else { return }
    var checker = ConstraintChecker(typeName: constraints.typeName)
    checker.check(properties: entry["Properties"], against: constraints.properties, leaving: checksLeftToOwner)
    for problem in checker.problems { report.add(problem) }
  }
}
