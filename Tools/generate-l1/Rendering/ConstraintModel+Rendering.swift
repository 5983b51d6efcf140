import CloudFormationModel

extension ConstraintModel {
  /// The `ValueConstraints` expression: a factory (`.string(...)`, `.array(of: ...)`) for a value of one
  /// type, the full initializer otherwise; only the keywords that are set are written.
  var expression: SwiftExpression {
    var arguments: [(label: String?, value: SwiftExpression)] = []
    func add(_ label: String, _ value: SwiftExpression?) {
      if let value { arguments.append((label, value)) }
    }
    let keywords = self.keywords
    let allowed = keywords.allowedValues.map { values in
      SwiftExpression.array(values.map { $0.stringValue.map(SwiftExpression.string) ?? .atom($0.numberLiteral) })
    }
    let secret: SwiftExpression? = isSecret ? .atom("true") : nil
    switch types {
    case ["string"] where keywords.allowedValues?.allSatisfy({ $0.stringValue != nil }) ?? true:
      add("allowedValues", allowed)
      add("ignoresCase", keywords.ignoresCase ? .atom("true") : nil)
      addPattern(add)
      add("minLength", keywords.minLength.map { .atom(String($0)) })
      add("maxLength", keywords.maxLength.map { .atom(String($0)) })
      add("isSecret", secret)
      return .call(".string", arguments)
    case ["integer"], ["number"]:
      add("isInteger", types == ["integer"] ? .atom("true") : nil)
      add("allowedValues", allowed)
      add("minimum", keywords.minimum.map { .atom(SwiftLiteral.number($0)) })
      add("maximum", keywords.maximum.map { .atom(SwiftLiteral.number($0)) })
      return arguments.isEmpty ? .atom(".number()") : .call(".number", arguments)
    case ["boolean"]:
      return .atom(".boolean")
    case ["array"] where items != nil:
      add("of", items?.expression)
      addCounts(add)
      add("uniqueItems", keywords.uniqueItems ? .atom("true") : nil)
      add("isSecret", secret)
      return .call(".array", arguments)
    case ["object"] where mapValues != nil:
      add("of", mapValues?.expression)
      add("keyPattern", keywords.keyPattern.map(SwiftExpression.string))
      addCounts(add)
      return .call(".map", arguments)
    case ["object"] where !properties.isEmpty:
      arguments.append((nil, membersExpression))
      add("required", required.isEmpty ? nil : .array(required.map(SwiftExpression.string)))
      add("allowsOtherMembers", keywords.allowsOtherMembers ? .atom("true") : nil)
      add("isSecret", secret)
      return .call(".object", arguments)
    default:
      add("types", types.isEmpty ? nil : .array(types.map { .atom(".\($0)") }))
      add("allowedValues", keywords.allowedValues.map { values in .array(values.map { $0.templateValueLiteral }) })
      add("ignoresCase", keywords.ignoresCase ? .atom("true") : nil)
      addPattern(add)
      add("minLength", keywords.minLength.map { .atom(String($0)) })
      add("maxLength", keywords.maxLength.map { .atom(String($0)) })
      add("minimum", keywords.minimum.map { .atom(SwiftLiteral.number($0)) })
      add("maximum", keywords.maximum.map { .atom(SwiftLiteral.number($0)) })
      addCounts(add)
      add("uniqueItems", keywords.uniqueItems ? .atom("true") : nil)
      add("isSecret", secret)
      return arguments.isEmpty ? .atom(".any") : .call("ValueConstraints", arguments)
    }
  }

  /// The members of an object, by name.
  var membersExpression: SwiftExpression {
    .dictionary(properties.map { ($0.name, $0.constraints.expression) })
  }

  private func addPattern(_ add: (String, SwiftExpression?) -> Void) {
    add("pattern", keywords.pattern.map(SwiftExpression.string))
    add("patternDescription", keywords.patternDescription.map(SwiftExpression.string))
  }

  private func addCounts(_ add: (String, SwiftExpression?) -> Void) {
    add("minItems", keywords.minItems.map { .atom(String($0)) })
    add("maxItems", keywords.maxItems.map { .atom(String($0)) })
  }
}

extension TemplateValue {
  /// A number as a Swift literal.
  fileprivate var numberLiteral: String { numberValue.map(SwiftLiteral.number) ?? "0" }

  /// The value as a `TemplateValue` literal, for the `allowedValues` of a value of several types.
  fileprivate var templateValueLiteral: SwiftExpression {
    if let text = stringValue { return .call(".string", [(nil, .string(text))]) }
    return .call(".number", [(nil, .atom(numberLiteral))])
  }
}
