public import CloudFormationModel

/// An element of a CloudFormation template (a resource, output, parameter, condition, rule or mapping),
/// identified in its stack by a logical id derived from its path.
open class CfnElement: Construct {
  /// The stack whose template holds this element.
  public let stack: Stack
  private var logicalIDOverride: String?
  private var referencesByAttribute: [String: CfnReference] = [:]
  private lazy var allocatedLogicalID: String = stack.allocateLogicalID(pathBelowStack: pathBelowStack)

  /// Creates an element as a child of `scope`, which must be a stack or inside one.
  public override init(_ scope: Construct, _ id: String) {
    stack = Stack.of(scope)
    super.init(scope, id)
    if !node.scopes.contains(where: { $0 is Stack }) {
      node.addError(
        "ElementOutsideStack",
        "\(typeName) at '\(node.path)' should be created in the scope of a Stack, but no Stack found"
      )
    }
    node.addValidation { [unowned self] report in
      if self.logicalIDOverride == nil, self.pathBelowStack.allSatisfy({ $0 == UniqueID.hiddenComponent }) {
        report.error("EmptyLogicalID", "Unable to calculate a unique id for an empty set of components")
      }
    }
  }

  /// The ids from below the element's stack down to the element.
  private var pathBelowStack: [String] {
    let scopes = node.scopes
    let stackIndex = scopes.lastIndex { $0 === stack } ?? 0
    return scopes[(stackIndex + 1)...].map(\.node.id)
  }

  /// The element's logical id in its template: derived from its path below the stack, unless overridden.
  public var logicalID: String { logicalIDOverride ?? allocatedLogicalID }

  /// Replaces the derived logical id; use it to keep the id of a resource that moved in the tree.
  public func overrideLogicalID(_ newLogicalID: String) {
    logicalIDOverride = newLogicalID
  }

  /// The one reference to this element (`attribute` `nil`) or to one of its attributes: the same object
  /// every time, so that the import a consuming stack is given for it applies wherever it is used.
  func reference(attribute: String?) -> Token {
    let key = attribute ?? ""
    if let existing = referencesByAttribute[key] { return Token(.reference(existing)) }
    let reference = CfnReference(.element(self, attribute: attribute))
    referencesByAttribute[key] = reference
    return Token(.reference(reference))
  }

  /// The template section this element belongs to, such as `Resources`.
  open var templateSection: String { "Resources" }

  /// The element's entry in its template section, or `nil` to leave it out.
  open func renderEntry(_ resolver: ElementResolver) -> TemplateValue? { nil }
}

/// Resolves values with tokens as the template of one stack sees them; handed to elements while
/// they render themselves.
public struct ElementResolver {
  let resolver: Resolver

  /// The value as it appears in the template.
  public func resolve(_ value: CfnValue) -> TemplateValue? { resolver.resolve(value) }

  /// The string as it appears in the template.
  public func resolve(_ value: StringValue) -> TemplateValue? { resolver.resolve(value) }
}
