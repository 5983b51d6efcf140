public import CloudFormationModel

/// A template parameter, whose value is given at deployment.
public final class CfnParameter: CfnElement {
  /// The parameter type, such as `String`, `Number` or `AWS::SSM::Parameter::Value<String>`.
  public var type: String
  /// The value used when none is given.
  public var defaultValue: CfnValue?
  /// The values allowed.
  public var allowedValues: [String]?
  /// A regular expression the value must match.
  public var allowedPattern: String?
  /// The message shown when a constraint is violated.
  public var constraintDescription: String?
  /// A description of the parameter.
  public var parameterDescription: String?
  /// The greatest length of a string value.
  public var maxLength: Int?
  /// The greatest number value.
  public var maxValue: Double?
  /// The least length of a string value.
  public var minLength: Int?
  /// The least number value.
  public var minValue: Double?
  /// Whether the value is masked in the console and API.
  public var noEcho: Bool

  /// A parameter of `type` (`String` by default).
  public init(
    _ scope: Construct,
    _ id: String,
    type: String = "String",
    default defaultValue: CfnValue? = nil,
    allowedValues: [String]? = nil,
    allowedPattern: String? = nil,
    constraintDescription: String? = nil,
    description: String? = nil,
    maxLength: Int? = nil,
    maxValue: Double? = nil,
    minLength: Int? = nil,
    minValue: Double? = nil,
    noEcho: Bool = false
  ) {
    self.type = type
    self.defaultValue = defaultValue
    self.allowedValues = allowedValues
    self.allowedPattern = allowedPattern
    self.constraintDescription = constraintDescription
    self.parameterDescription = description
    self.maxLength = maxLength
    self.maxValue = maxValue
    self.minLength = minLength
    self.minValue = minValue
    self.noEcho = noEcho
    super.init(scope, id)
  }

  private var reference: Token { reference(attribute: nil) }

  /// The parameter's value as a string (`{"Ref": logicalID}`); an error for list types.
  public var valueAsString: StringValue {
    if isListType { typeError("Parameter type (\(type)) is not a string or number type") }
    return reference.asString
  }

  /// The parameter's value as a number; an error unless the type is `Number`.
  public var valueAsNumber: NumberValue {
    if type != "Number" { typeError("Parameter type (\(type)) is not a number type") }
    return reference.asNumber
  }

  /// The parameter's value as a list; an error unless the type is a list type.
  public var valueAsList: StringListValue {
    if !isListType { typeError("Parameter type (\(type)) is not a string list type") }
    return reference.asList
  }

  /// Whether the type is a list type, as the AWS CDK decides it.
  private var isListType: Bool { type.contains("List<") || type.contains("CommaDelimitedList") }

  private func typeError(_ message: String) { node.addError("InvalidParameterType", message) }

  public override var templateSection: String { "Parameters" }

  public override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? {
    var entry = TemplateObject()
    entry["Type"] = .string(type)
    entry["Default"] = defaultValue.flatMap(resolver.resolve)
    entry["AllowedValues"] = allowedValues.map { .array($0.map(TemplateValue.string)) }
    entry["AllowedPattern"] = allowedPattern.map(TemplateValue.string)
    entry["ConstraintDescription"] = constraintDescription.map(TemplateValue.string)
    entry["Description"] = parameterDescription.map(TemplateValue.string)
    entry["MaxLength"] = maxLength.map { .number(Double($0)) }
    entry["MaxValue"] = maxValue.map(TemplateValue.number)
    entry["MinLength"] = minLength.map { .number(Double($0)) }
    entry["MinValue"] = minValue.map(TemplateValue.number)
    if noEcho { entry["NoEcho"] = true }
    return .object(entry)
  }
}
