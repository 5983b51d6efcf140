import CloudFormationModel

extension ResourceSchema {
  /// Reads a resource provider schema from its JSON text, with the service rules of an overlay merged in.
  ///
  /// - Parameters:
  ///   - overlay: the overlay's JSON text and where it came from, when the schema has one.
  ///   - source: where the text came from, for error messages.
  init(parsingJSON text: String, overlay: (text: String, source: String)? = nil, source: String)
    throws(GeneratorError)
  {
    var document = try Self.document(text, source: source)
    if let overlay {
      let additions = try Self.document(overlay.text, source: overlay.source)
      guard additions["typeName"] == document["typeName"] else {
        throw GeneratorError("\(overlay.source): its typeName is not that of \(source)")
      }
      document = SchemaOverlay.merging(additions, into: document)
    }
    guard let typeName = document["typeName"]?.stringValue else {
      throw GeneratorError("\(source): the schema has no `typeName`; is it a CloudFormation resource schema?")
    }
    guard let properties = document["properties"]?.objectValue else {
      throw GeneratorError("\(source): the schema of \(typeName) has no `properties`")
    }
    self.typeName = typeName
    description = document["description"]?.stringValue
    self.properties = Self.schemas(in: properties)
    definitions = Self.schemas(in: document["definitions"]?.objectValue ?? TemplateObject())
    required = Set(Self.strings(document["required"]))
    readOnlyPaths = Self.strings(document["readOnlyProperties"]).map(Self.propertyPath)
    createOnlyProperties = Set(
      Self.strings(document["createOnlyProperties"]).map(Self.propertyPath).compactMap { $0.count == 1 ? $0[0] : nil }
    )
    primaryIdentifier = Self.strings(document["primaryIdentifier"]).map(Self.propertyPath)
    physicalNameProperty = document["physicalNameProperty"]?.stringValue
    let tagging = document["tagging"]
    if tagging?["taggable"]?.boolValue == false {
      tagProperty = nil
    } else if let path = tagging?["tagProperty"]?.stringValue {
      tagProperty = Self.propertyPath(path).first
    } else {
      tagProperty = self.properties["Tags"] == nil ? nil : "Tags"
    }
  }

  private static func document(_ text: String, source: String) throws(GeneratorError) -> TemplateValue {
    do {
      return try TemplateValue(parsingJSON: text)
    } catch {
      throw GeneratorError("\(source): \(error.description)")
    }
  }

  private static func schemas(in object: TemplateObject) -> [String: PropertySchema] {
    var schemas: [String: PropertySchema] = [:]
    for member in object { schemas[member.key] = PropertySchema(member.value) }
    return schemas
  }

  private static func strings(_ value: TemplateValue?) -> [String] {
    value?.arrayValue?.compactMap(\.stringValue) ?? []
  }

  /// `/properties/Endpoint/Address` → `["Endpoint", "Address"]`.
  private static func propertyPath(_ pointer: String) -> [String] {
    let components = pointer.split(separator: "/").map(String.init)
    return components.first == "properties" ? Array(components.dropFirst()) : components
  }
}

extension PropertySchema {
  /// Reads the schema of one value.
  convenience init(_ value: TemplateValue) {
    let types: [String]
    switch value["type"] {
    case .string(let type)?: types = [type]
    case .array(let list)?: types = list.compactMap(\.stringValue)
    default: types = []
    }
    var mapValues: PropertySchema?
    var keywords = ConstraintKeywords(value)
    if let patterns = value["patternProperties"]?.objectValue {
      let valueSchemas = patterns.map { PropertySchema($0.value) }
      mapValues = valueSchemas.count == 1 ? valueSchemas[0] : PropertySchema(.object(TemplateObject()))
      keywords.keyPattern = patterns.count == 1 ? patterns.keys.first : nil
    } else if let additional = value["additionalProperties"], additional.objectValue != nil {
      mapValues = PropertySchema(additional)
    }
    var properties: [String: PropertySchema] = [:]
    for member in value["properties"]?.objectValue ?? TemplateObject() {
      properties[member.key] = PropertySchema(member.value)
    }
    self.init(
      description: value["description"]?.stringValue,
      types: types,
      reference: value["$ref"]?.stringValue.map { String($0.split(separator: "/").last ?? "") },
      items: value["items"].map(PropertySchema.init),
      properties: properties,
      required: Set(value["required"]?.arrayValue?.compactMap(\.stringValue) ?? []),
      mapValues: mapValues,
      isUnion: types.isEmpty && (value["oneOf"] != nil || value["anyOf"] != nil),
      keywords: keywords
    )
  }
}

extension ConstraintKeywords {
  /// Reads the constraining keywords of a value's schema.
  init(_ value: TemplateValue) {
    if let values = value["enum"]?.arrayValue {
      allowedValues = values
    } else if let values = value["enumCaseInsensitive"]?.arrayValue {
      allowedValues = values
      ignoresCase = true
    }
    pattern = value["pattern"]?.stringValue
    patternDescription = value["patternDescription"]?.stringValue
    minLength = value["minLength"]?.numberValue.map { Int($0) }
    maxLength = value["maxLength"]?.numberValue.map { Int($0) }
    minimum = value["minimum"]?.numberValue
    maximum = value["maximum"]?.numberValue
    minItems = (value["minItems"] ?? value["minProperties"])?.numberValue.map { Int($0) }
    maxItems = (value["maxItems"] ?? value["maxProperties"])?.numberValue.map { Int($0) }
    uniqueItems = value["uniqueItems"]?.boolValue ?? false
    allowsOtherMembers = value["additionalProperties"]?.boolValue != false
  }
}
