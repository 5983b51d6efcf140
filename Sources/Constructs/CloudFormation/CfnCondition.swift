public import CloudFormationModel

/// A template condition: an expression evaluated at deployment that decides whether resources and
/// outputs that name it are created.
public final class CfnCondition: CfnElement {
  /// The condition's expression.
  public var expression: ConditionExpression?

  /// A condition with the given expression.
  public init(_ scope: Construct, _ id: String, expression: ConditionExpression? = nil) {
    self.expression = expression
    super.init(scope, id)
  }

  /// `{"Condition": logicalID}`, to combine this condition in other expressions.
  public var asExpression: ConditionExpression {
    ConditionExpression(Lazy.any { [weak self] in self.map { ["Condition": .string(StringValue($0.logicalID))] } })
  }

  public override var templateSection: String { "Conditions" }

  public override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? {
    expression.flatMap { resolver.resolve($0.value) }
  }
}
