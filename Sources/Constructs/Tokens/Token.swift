import CloudFormationModel

/// A value that is known only at deployment time (a reference, an intrinsic function) or that is
/// computed late, during synthesis (a lazy value).
///
/// Tokens appear inside ``StringValue``, ``NumberValue``, ``StringListValue`` and ``CfnValue``, and
/// resolve to CloudFormation intrinsics when a template is rendered.
public struct Token {
  indirect enum Kind {
    /// `Ref` or `Fn::GetAtt` of a template element; becomes an import in another stack.
    case reference(CfnReference)
    /// An intrinsic function `{ name: argument }` whose argument may hold further tokens.
    case intrinsic(name: String, argument: CfnValue)
    /// `Fn::Join`, rendered minimally as the AWS CDK does (adjacent literals merged, nested joins spliced).
    case join(delimiter: String, elements: StringListValue)
    /// A value produced during synthesis.
    case lazy(LazyProducer)
  }

  let kind: Kind

  init(_ kind: Kind) { self.kind = kind }

  /// A token for the intrinsic function `{ name: argument }`, e.g. `Token(intrinsic: "Fn::GetAZs", argument: "")`.
  public init(intrinsic name: String, argument: CfnValue) {
    self.kind = .intrinsic(name: name, argument: argument)
  }

  /// A short description of what the token stands for, used in error messages.
  public var displayName: String {
    switch kind {
    case .reference(let reference): reference.displayName
    case .intrinsic("Ref", .string(let target)): target.literal ?? "Ref"
    case .intrinsic(let name, _): name
    case .join: "Fn::Join"
    case .lazy: "Lazy"
    }
  }

  /// The token as a string value, for string contexts such as `Fn::Join` elements.
  public var asString: StringValue { StringValue(token: self) }

  /// The token as a number value.
  public var asNumber: NumberValue { NumberValue(token: self) }

  /// The token as a list value (the token must resolve to a list).
  public var asList: StringListValue { StringListValue(token: self) }
}

/// Produces a value during synthesis; the value is computed once, on first resolution (or at every
/// resolution, for an uncached producer).
final class LazyProducer {
  private let produce: () -> CfnValue?
  private let isCached: Bool
  private var cached: CfnValue??

  init(cached: Bool = true, _ produce: @escaping () -> CfnValue?) {
    self.isCached = cached
    self.produce = produce
  }

  var value: CfnValue? {
    if let cached { return cached }
    let value = produce()
    if isCached { cached = value }
    return value
  }
}

/// A reference to a template element (`Ref`, or `Fn::GetAtt` of an attribute), or to a pseudo parameter
/// scoped to one stack (such as that stack's `AWS::StackId`).
///
/// When a stack other than the producer resolves the reference, synthesis replaces it with an
/// `Fn::ImportValue` of an export created in the producing stack.
final class CfnReference {
  enum Target {
    case element(CfnElement, attribute: String?)
    case stackPseudoParameter(Stack, name: String)
  }

  let target: Target
  private var valuesByConsumer: [ObjectIdentifier: CfnValue] = [:]

  init(_ target: Target) { self.target = target }

  /// The construct that owns the referenced value.
  var producer: Construct {
    switch target {
    case .element(let element, _): element
    case .stackPseudoParameter(let stack, _): stack
    }
  }

  /// The stack the referenced value lives in.
  var producingStack: Stack { Stack.of(producer) }

  var displayName: String {
    switch target {
    case .element(_, let attribute): attribute ?? "Ref"
    case .stackPseudoParameter(_, let name): name
    }
  }

  func value(forConsumer stack: Stack) -> CfnValue? { valuesByConsumer[ObjectIdentifier(stack)] }

  func assign(_ value: CfnValue, forConsumer stack: Stack) { valuesByConsumer[ObjectIdentifier(stack)] = value }

  /// The intrinsic this reference renders to in its own stack.
  func render() -> TemplateValue {
    switch target {
    case .element(let element, let attribute?):
      ["Fn::GetAtt": [.string(element.logicalID), .string(attribute)]]
    case .element(let element, nil):
      ["Ref": .string(element.logicalID)]
    case .stackPseudoParameter(_, let name):
      ["Ref": .string(name)]
    }
  }

  func isSameTarget(as other: CfnReference) -> Bool {
    switch (target, other.target) {
    case (.element(let left, let leftAttribute), .element(let right, let rightAttribute)):
      left === right && leftAttribute == rightAttribute
    case (.stackPseudoParameter(let left, let leftName), .stackPseudoParameter(let right, let rightName)):
      left === right && leftName == rightName
    default: false
    }
  }
}
