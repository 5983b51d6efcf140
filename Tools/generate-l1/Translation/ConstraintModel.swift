/// What the schema allows for one value, as the generated `ValueConstraints` expression declares it.
final class ConstraintModel {
  /// The JSON types the value may have (`string`, `integer`...); empty when any.
  let types: [String]
  /// The keywords of the value's own schema.
  let keywords: ConstraintKeywords
  /// The constraints of each item, for an array.
  let items: ConstraintModel?
  /// The constraints of each member, by CloudFormation name, for an object with fixed members.
  let properties: [(name: String, constraints: ConstraintModel)]
  /// The members that must be set, sorted.
  let required: [String]
  /// The constraints of each value, for an object whose keys are free.
  let mapValues: ConstraintModel?
  /// Whether the value is a secret that messages must not show.
  let isSecret: Bool

  init(
    types: [String],
    keywords: ConstraintKeywords,
    items: ConstraintModel? = nil,
    properties: [(name: String, constraints: ConstraintModel)] = [],
    required: [String] = [],
    mapValues: ConstraintModel? = nil,
    isSecret: Bool = false
  ) {
    self.types = types
    self.keywords = keywords
    self.items = items
    self.properties = properties
    self.required = required
    self.mapValues = mapValues
    self.isSecret = isSecret
  }

  /// The names of properties whose values are secrets, wherever they are in a resource.
  static let secretPropertyNames: Set<String> = ["AuthToken", "Password", "Passwords", "SecretString"]
}

/// The property that names a resource in its account or region, from the schema's `primaryIdentifier`.
struct PhysicalNameModel {
  /// The property's CloudFormation name.
  var property: String
  /// `account` for IAM names, `region` otherwise.
  var scope: String
  /// Whether the service stores the name in lower case (ElastiCache's identifiers).
  var ignoresCase: Bool
}

/// Builds the ``ConstraintModel`` of a schema's values, following `$ref`s (a definition that refers back to
/// itself is left unconstrained where it recurs).
struct ConstraintTranslator {
  let schema: ResourceSchema
  private var expanding: Set<String> = []

  init(schema: ResourceSchema) { self.schema = schema }

  mutating func constraints(of property: PropertySchema, named name: String, isSecret: Bool = false) -> ConstraintModel
  {
    let isSecret = isSecret || ConstraintModel.secretPropertyNames.contains(name)
    if let reference = property.reference {
      guard let definition = schema.definitions[reference], !expanding.contains(reference) else {
        return ConstraintModel(types: [], keywords: ConstraintKeywords())
      }
      expanding.insert(reference)
      defer { expanding.remove(reference) }
      return constraints(of: definition, named: name, isSecret: isSecret)
    }
    let items = property.items.map { constraints(of: $0, named: name, isSecret: isSecret) }
    let members = property.properties.keys.sorted().compactMap { key in
      property.properties[key].map { (key, constraints(of: $0, named: key, isSecret: isSecret)) }
    }
    let mapValues = property.mapValues.map { constraints(of: $0, named: name, isSecret: isSecret) }
    var types = property.types.filter(Self.knownTypes.contains)
    if types.isEmpty, !members.isEmpty { types = ["object"] }
    return ConstraintModel(
      types: types, keywords: property.keywords, items: items, properties: members,
      required: property.required.sorted(), mapValues: mapValues, isSecret: isSecret)
  }

  /// The JSON types `ValueConstraints.ValueType` has.
  static let knownTypes: Set<String> = ["string", "number", "integer", "boolean", "array", "object"]

  /// The physical name rule: of the property an overlay names, else of the primary identifier when it is one
  /// settable string property.
  func physicalName(settable: Set<String>) -> PhysicalNameModel? {
    let identifier = schema.primaryIdentifier.count == 1 ? schema.primaryIdentifier[0] : []
    guard let property = schema.physicalNameProperty ?? (identifier.count == 1 ? identifier[0] : nil),
      settable.contains(property), schema.properties[property]?.types == ["string"]
    else { return nil }
    let service = schema.typeName.split(separator: ":").dropFirst().first.map(String.init) ?? ""
    return PhysicalNameModel(
      property: property, scope: service == "IAM" ? "account" : "region", ignoresCase: service == "ElastiCache")
  }
}
