import CloudFormationModel

extension TemplateValue {
  /// Whether the value counts as true in JavaScript, as the AWS CDK reads feature flags from context.
  var isTruthy: Bool {
    switch self {
    case .null: false
    case .bool(let flag): flag
    case .number(let number): number != 0 && !number.isNaN
    case .string(let text): !text.isEmpty
    case .array, .object: true
    }
  }
}
