public import CloudFormationModel

/// A template mapping: a two-level lookup table read with `Fn::FindInMap`.
public final class CfnMapping: CfnElement {
  private let mapping: TemplateObject
  private let isLazy: Bool
  private var isLookedUpAtDeployment = false

  /// A mapping from top-level keys to second-level keys to values. Second-level keys must be alphanumeric.
  ///
  /// A `lazy` mapping is left out of the template unless a lookup needs `Fn::FindInMap`: lookups with
  /// literal keys return the value itself.
  public init(_ scope: Construct, _ id: String, mapping: TemplateObject, lazy: Bool = false) {
    self.mapping = mapping
    self.isLazy = lazy
    super.init(scope, id)
    for member in mapping {
      for key in member.value.objectValue?.keys ?? [] where !key.unicodeScalars.allSatisfy(\.isASCIIAlphanumeric) {
        node.addError("InvalidMappingKey", "Attribute name '\(key)' must contain only alphanumeric characters.")
      }
    }
  }

  /// `{"Fn::FindInMap": [logicalID, topLevelKey, secondLevelKey]}`; for a lazy mapping and literal keys,
  /// the value itself. Literal keys that are not in the mapping are reported as errors.
  public func findInMap(_ topLevelKey: StringValue, _ secondLevelKey: StringValue) -> StringValue {
    var found: TemplateValue?
    if let top = topLevelKey.literal {
      if let entries = mapping[top] {
        if let second = secondLevelKey.literal {
          found = entries[second]
          if found == nil {
            node.addError("MappingKeyNotFound", "Mapping doesn't contain second-level key '\(second)'")
          }
        }
      } else {
        node.addError("MappingKeyNotFound", "Mapping doesn't contain top-level key '\(top)'")
      }
    }
    if isLazy, let found {
      if case .string(let text) = found { return StringValue(text) }
      return Token(.lazy(LazyProducer { CfnValue(found) })).asString
    }
    isLookedUpAtDeployment = true
    return Token(
      intrinsic: "Fn::FindInMap",
      argument: [
        .string(Lazy.string { [unowned self] in StringValue(self.logicalID) }), .string(topLevelKey),
        .string(secondLevelKey),
      ]
    ).asString
  }

  public override var templateSection: String { "Mappings" }

  public override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? {
    guard !isLazy || isLookedUpAtDeployment else { return nil }
    return .object(mapping)
  }
}
