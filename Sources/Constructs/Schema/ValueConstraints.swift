package import CloudFormationModel
package import Diagnostics

/// What a CloudFormation resource schema allows for one value: its JSON types and the keywords that
/// constrain it (`enum`, `pattern`, `minLength`/`maxLength`, `minimum`/`maximum`, `minItems`/`maxItems`,
/// `uniqueItems`, the members of an object and which of them are required).
///
/// The generated L1 classes declare them (`CfnUser.constraints`); synthesis checks literal values against
/// them with ``ConstraintChecker`` and leaves deploy-time values (intrinsic functions, dynamic references)
/// alone.
package final class ValueConstraints: Sendable {
  /// A JSON type a value may have.
  package enum ValueType: String, Sendable {
    case string, number, integer, boolean, array, object
  }

  /// The types the value may have; empty when the schema leaves it open.
  package let types: [ValueType]
  /// The values allowed (`enum`), when the schema lists them.
  package let allowedValues: [TemplateValue]?
  /// Whether `allowedValues` are compared without regard to case (cfn-lint's `enumCaseInsensitive`).
  package let ignoresCase: Bool
  /// The pattern a string must match.
  package let pattern: SchemaPattern?
  /// The pattern as the schema writes it, also when it could not be parsed.
  package let patternSource: String?
  /// What the pattern allows, in words, when the generator was told (for the fix of a message).
  package let patternDescription: String?
  /// The fewest and most characters (code points) of a string.
  package let minLength: Int?
  package let maxLength: Int?
  /// The smallest and largest number.
  package let minimum: Double?
  package let maximum: Double?
  /// The fewest and most items of an array.
  package let minItems: Int?
  package let maxItems: Int?
  /// Whether an array may not list a value twice.
  package let uniqueItems: Bool
  /// The constraints of each item of an array.
  package let items: ValueConstraints?
  /// The constraints of each member of an object with fixed members.
  package let properties: [String: ValueConstraints]
  /// The members an object must have.
  package let required: [String]
  /// Whether an object may have members other than `properties`.
  package let allowsOtherMembers: Bool
  /// The constraints of each value of an object whose keys are free (a map).
  package let mapValues: ValueConstraints?
  /// The pattern the keys of a map must match.
  package let keyPattern: SchemaPattern?
  /// Whether the value is a secret (a password, a token): messages never show it.
  package let isSecret: Bool

  /// Constraints; every keyword is optional.
  package init(
    types: [ValueType] = [],
    allowedValues: [TemplateValue]? = nil,
    ignoresCase: Bool = false,
    pattern: String? = nil,
    patternDescription: String? = nil,
    minLength: Int? = nil,
    maxLength: Int? = nil,
    minimum: Double? = nil,
    maximum: Double? = nil,
    minItems: Int? = nil,
    maxItems: Int? = nil,
    uniqueItems: Bool = false,
    items: ValueConstraints? = nil,
    properties: [String: ValueConstraints] = [:],
    required: [String] = [],
    allowsOtherMembers: Bool = true,
    mapValues: ValueConstraints? = nil,
    keyPattern: String? = nil,
    isSecret: Bool = false
  ) {
    self.types = types
    self.allowedValues = allowedValues
    self.ignoresCase = ignoresCase
    self.pattern = pattern.flatMap { try? SchemaPattern($0) }
    patternSource = pattern
    self.patternDescription = patternDescription
    self.minLength = minLength
    self.maxLength = maxLength
    self.minimum = minimum
    self.maximum = maximum
    self.minItems = minItems
    self.maxItems = maxItems
    self.uniqueItems = uniqueItems
    self.items = items
    self.properties = properties
    self.required = required
    self.allowsOtherMembers = allowsOtherMembers
    self.mapValues = mapValues
    self.keyPattern = keyPattern.flatMap { try? SchemaPattern($0) }
    self.isSecret = isSecret
  }

  /// A string.
  package static func string(
    allowedValues: [String]? = nil,
    ignoresCase: Bool = false,
    pattern: String? = nil,
    patternDescription: String? = nil,
    minLength: Int? = nil,
    maxLength: Int? = nil,
    isSecret: Bool = false
  ) -> ValueConstraints {
    ValueConstraints(
      types: [.string], allowedValues: allowedValues?.map(TemplateValue.string), ignoresCase: ignoresCase,
      pattern: pattern, patternDescription: patternDescription, minLength: minLength, maxLength: maxLength,
      isSecret: isSecret)
  }

  /// A number (`integer` when `isInteger`).
  package static func number(
    isInteger: Bool = false,
    allowedValues: [Double]? = nil,
    minimum: Double? = nil,
    maximum: Double? = nil
  ) -> ValueConstraints {
    ValueConstraints(
      types: [isInteger ? .integer : .number], allowedValues: allowedValues?.map(TemplateValue.number),
      minimum: minimum, maximum: maximum)
  }

  /// A Boolean.
  package static let boolean = ValueConstraints(types: [.boolean])

  /// Any value, such as a JSON document.
  package static let any = ValueConstraints()

  /// An array of `items`.
  package static func array(
    of items: ValueConstraints,
    minItems: Int? = nil,
    maxItems: Int? = nil,
    uniqueItems: Bool = false,
    isSecret: Bool = false
  ) -> ValueConstraints {
    ValueConstraints(
      types: [.array], minItems: minItems, maxItems: maxItems, uniqueItems: uniqueItems, items: items,
      isSecret: isSecret)
  }

  /// An object with these members, of which `required` must be set; no other members unless `allowsOtherMembers`.
  package static func object(
    _ properties: [String: ValueConstraints],
    required: [String] = [],
    allowsOtherMembers: Bool = false,
    isSecret: Bool = false
  ) -> ValueConstraints {
    ValueConstraints(
      types: [.object], properties: properties, required: required, allowsOtherMembers: allowsOtherMembers,
      isSecret: isSecret)
  }

  /// An object whose keys are free (matching `keyPattern`, when given) and whose values are `values`.
  package static func map(
    of values: ValueConstraints,
    keyPattern: String? = nil,
    minItems: Int? = nil,
    maxItems: Int? = nil
  ) -> ValueConstraints {
    ValueConstraints(
      types: [.object], minItems: minItems, maxItems: maxItems, mapValues: values, keyPattern: keyPattern)
  }
}

extension ValueConstraints {
  /// The problems of a literal value against these constraints, for a construct that checks a value it passes
  /// on to a resource of `typeName`, at the property path `path`.
  package func problems(of value: TemplateValue, at path: String, in typeName: String) -> [Problem] {
    var checker = ConstraintChecker(typeName: typeName)
    checker.check(value, against: self, at: path)
    return checker.problems
  }
}
