public import CloudFormationModel

/// A template mapping: a two-level lookup table read with `Fn::FindInMap`.
public final class CfnMapping: CfnElement {
  private let mapping: TemplateObject

  /// A mapping from top-level keys to second-level keys to values.
  public init(_ scope: Construct, _ id: String, mapping: TemplateObject) {
    self.mapping = mapping
    super.init(scope, id)
  }

  /// `{"Fn::FindInMap": [logicalID, topLevelKey, secondLevelKey]}`.
  public func findInMap(_ topLevelKey: StringValue, _ secondLevelKey: StringValue) -> StringValue {
    Token(
      intrinsic: "Fn::FindInMap",
      argument: [
        .string(Lazy.string { [unowned self] in StringValue(self.logicalID) }), .string(topLevelKey),
        .string(secondLevelKey),
      ]
    ).asString
  }

  public override var templateSection: String { "Mappings" }

  public override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? { .object(mapping) }
}
