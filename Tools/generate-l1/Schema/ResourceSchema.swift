import CloudFormationModel

/// A CloudFormation resource provider schema, as far as the generator reads it: the first stage of the
/// pipeline (parse, then translate, then render).
struct ResourceSchema {
  /// The resource type, such as `AWS::ElastiCache::ServerlessCache`.
  var typeName: String
  /// The schema's description of the resource type.
  var description: String?
  /// The properties by CloudFormation name.
  var properties: [String: PropertySchema]
  /// The shared definitions that `$ref` points to, by name.
  var definitions: [String: PropertySchema]
  /// The names of the properties that a template must set.
  var required: Set<String>
  /// The paths below `properties` that are read-only (the resource's attributes), such as `Endpoint/Address`.
  var readOnlyPaths: [[String]]
  /// The properties that cannot change without replacing the resource.
  var createOnlyProperties: Set<String>
  /// The name of the property that holds the resource's tags, when the resource type is taggable.
  var tagProperty: String?
  /// The properties that together identify a resource (`primaryIdentifier`), as paths.
  var primaryIdentifier: [[String]]
  /// The property that names the resource in its account or region when it is not the primary identifier (an
  /// overlay's `physicalNameProperty`, such as a secret's `Name`).
  var physicalNameProperty: String?
}

/// The schema of one property, of one member of an object, or of the items of an array.
final class PropertySchema: Sendable {
  /// The description, when the schema has one.
  let description: String?
  /// The JSON types the value may have (`type` as a list).
  let types: [String]
  /// The name of the definition that `$ref` points to.
  let reference: String?
  /// The schema of each item, for an array.
  let items: PropertySchema?
  /// The members, for an object with fixed members.
  let properties: [String: PropertySchema]
  /// The members that must be set, for an object with fixed members.
  let required: Set<String>
  /// The schema of each value, for an object whose keys are free (`patternProperties` or
  /// `additionalProperties` with a schema).
  let mapValues: PropertySchema?
  /// Whether the value is one of several shapes (`oneOf`, `anyOf` without a type of its own).
  let isUnion: Bool
  /// The keywords that constrain the value.
  let keywords: ConstraintKeywords

  init(
    description: String?,
    types: [String],
    reference: String?,
    items: PropertySchema?,
    properties: [String: PropertySchema],
    required: Set<String>,
    mapValues: PropertySchema?,
    isUnion: Bool,
    keywords: ConstraintKeywords = ConstraintKeywords()
  ) {
    self.description = description
    self.types = types
    self.reference = reference
    self.items = items
    self.properties = properties
    self.required = required
    self.mapValues = mapValues
    self.isUnion = isUnion
    self.keywords = keywords
  }
}

/// The keywords of a value's schema that constrain it, as JSON Schema and cfn-lint's extensions name them.
struct ConstraintKeywords: Sendable {
  /// `enum` (or `enumCaseInsensitive`): the values allowed.
  var allowedValues: [TemplateValue]?
  /// Whether the values came from `enumCaseInsensitive`.
  var ignoresCase = false
  /// `pattern`.
  var pattern: String?
  /// `minLength`, `maxLength`.
  var minLength: Int?
  var maxLength: Int?
  /// `minimum`, `maximum`.
  var minimum: Double?
  var maximum: Double?
  /// `minItems`, `maxItems` (and `minProperties`, `maxProperties` of a map).
  var minItems: Int?
  var maxItems: Int?
  /// `uniqueItems`.
  var uniqueItems = false
  /// Whether `additionalProperties` is not `false`.
  var allowsOtherMembers = true
  /// The pattern of a map's keys (the one key of `patternProperties`).
  var keyPattern: String?
  /// What `pattern` allows, in words, for messages; overlays give it (`patternDescription`).
  var patternDescription: String?
}
