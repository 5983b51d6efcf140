public import CloudFormationModel

/// A template rule: assertions on parameter values that CloudFormation checks before deploying.
public final class CfnRule: CfnElement {
  /// One assertion of a rule.
  public struct Assertion {
    /// The condition that must hold.
    public var assert: ConditionExpression
    /// The message shown when it does not.
    public var assertDescription: String

    /// An assertion with its message.
    public init(assert: ConditionExpression, assertDescription: String) {
      self.assert = assert
      self.assertDescription = assertDescription
    }
  }

  /// When the rule applies; always when `nil`.
  public var ruleCondition: ConditionExpression?
  /// The assertions.
  public private(set) var assertions: [Assertion]

  /// A rule with optional condition and assertions.
  public init(_ scope: Construct, _ id: String, ruleCondition: ConditionExpression? = nil, assertions: [Assertion] = [])
  {
    self.ruleCondition = ruleCondition
    self.assertions = assertions
    super.init(scope, id)
  }

  /// Adds an assertion.
  public func addAssertion(_ condition: ConditionExpression, description: String) {
    assertions.append(Assertion(assert: condition, assertDescription: description))
  }

  public override var templateSection: String { "Rules" }

  public override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? {
    var entry = TemplateObject()
    entry["RuleCondition"] = ruleCondition.flatMap { resolver.resolve($0.value) }
    if !assertions.isEmpty {
      entry["Assertions"] = .array(
        assertions.map {
          ["Assert": resolver.resolve($0.assert.value) ?? .null, "AssertDescription": .string($0.assertDescription)]
        })
    }
    return .object(entry)
  }
}
