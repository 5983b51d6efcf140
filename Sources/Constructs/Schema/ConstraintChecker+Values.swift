import CloudFormationModel

/// How the checker reads values: deploy-time values, types as CloudFormation coerces them, allowed values and
/// bounds.
extension ConstraintChecker {
  /// Whether the value is known only at deployment: a dynamic reference, or text holding a token that was
  /// turned into a `String` (reported as ``ProblemCode/stringifiedToken`` instead).
  static func isDeployTime(_ value: TemplateValue) -> Bool {
    guard case .string(let text) = value else { return false }
    return text.contains("{{resolve:") || text.contains(StringifiedTokens.marker)
  }

  /// Whether a value is of a type, as CloudFormation reads it: numbers and Booleans may be given as text and
  /// text as numbers or Booleans.
  static func accepts(_ type: ValueConstraints.ValueType, _ value: TemplateValue) -> Bool {
    switch (type, value) {
    case (.string, .string), (.string, .number), (.string, .bool): true
    case (.number, .number): true
    case (.integer, .number): true
    case (.number, .string(let text)), (.integer, .string(let text)): Double(text) != nil
    case (.boolean, .bool): true
    case (.boolean, .string(let text)): text == "true" || text == "false"
    case (.array, .array), (.object, .object): true
    default: false
    }
  }

  static func typeDescription(_ type: ValueConstraints.ValueType) -> String {
    switch type {
    case .string: "text"
    case .number: "a number"
    case .integer: "a whole number"
    case .boolean: "true or false"
    case .array: "a list"
    case .object: "an object"
    }
  }

  static func equals(_ allowed: TemplateValue, _ value: TemplateValue, _ constraints: ValueConstraints) -> Bool {
    switch (allowed, value) {
    case (.string(let left), .string(let right)):
      constraints.ignoresCase ? left.lowercased() == right.lowercased() : left == right
    case (.number(let left), .number(let right)): left == right
    case (.number(let left), .string(let right)): Double(right) == left
    default: allowed == value
    }
  }

  /// The bounds a value breaks, with the allowed range in words (`from 1 to 5`, `at least 1`, `at most 5`);
  /// `nil` when it is within them.
  static func violatedBounds(_ value: Double, _ lower: Int?, _ upper: Int?) -> (allowed: String, isTooSmall: Bool)? {
    violatedBounds(value, lower.map(Double.init), upper.map(Double.init))
  }

  static func violatedBounds(_ value: Double, _ lower: Double?, _ upper: Double?) -> (
    allowed: String, isTooSmall: Bool
  )? {
    let isTooSmall = lower.map { value < $0 } ?? false
    let isTooLarge = upper.map { value > $0 } ?? false
    guard isTooSmall || isTooLarge else { return nil }
    let allowed =
      switch (lower, upper) {
      case (let lower?, let upper?): "from \(number(lower)) to \(number(upper))"
      case (let lower?, nil): "at least \(number(lower))"
      case (nil, let upper?): "at most \(number(upper))"
      case (nil, nil): ""
      }
    return (allowed, isTooSmall)
  }
}
