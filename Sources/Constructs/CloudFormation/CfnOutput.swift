public import CloudFormationModel

/// A stack output, optionally exported for other stacks to import.
public final class CfnOutput: CfnElement {
  /// The output's value.
  public var value: StringValue
  /// A description of the output.
  public var outputDescription: String?
  /// The name under which the value is exported.
  public var exportName: StringValue?
  /// The condition under which the output exists.
  public var condition: CfnCondition?

  /// An output of `value`, exported as `exportName` when given.
  public init(
    _ scope: Construct,
    _ id: String,
    value: StringValue,
    description: String? = nil,
    exportName: StringValue? = nil,
    condition: CfnCondition? = nil
  ) {
    self.value = value
    self.outputDescription = description
    self.exportName = exportName
    self.condition = condition
    super.init(scope, id)
  }

  /// `{"Fn::ImportValue": exportName}` for this output; `nil` when it is not exported.
  public var importValue: StringValue? { exportName.map(Fn.importValue) }

  public override var templateSection: String { "Outputs" }

  public override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? {
    var entry = TemplateObject()
    entry["Description"] = outputDescription.map(TemplateValue.string)
    entry["Value"] = resolver.resolve(value)
    if let exportName { entry["Export"] = ["Name": resolver.resolve(exportName) ?? .null] }
    entry["Condition"] = condition.map { .string($0.logicalID) }
    return .object(entry)
  }
}
