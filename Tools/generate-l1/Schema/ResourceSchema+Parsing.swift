import CloudFormationModel

extension ResourceSchema {
  /// Reads a resource provider schema from its JSON text.
  ///
  /// - Parameter source: where the text came from, for error messages.
  init(parsingJSON text: String, source: String) throws(GeneratorError) {
    let document: TemplateValue
    do {
      document = try TemplateValue(parsingJSON: text)
    } catch {
      throw GeneratorError("\(source): \(error.description)")
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
    let tagging = document["tagging"]
    if tagging?["taggable"]?.boolValue == false {
      tagProperty = nil
    } else if let path = tagging?["tagProperty"]?.stringValue {
      tagProperty = Self.propertyPath(path).first
    } else {
      tagProperty = self.properties["Tags"] == nil ? nil : "Tags"
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
    if let patterns = value["patternProperties"]?.objectValue {
      let valueSchemas = patterns.map { PropertySchema($0.value) }
      mapValues = valueSchemas.count == 1 ? valueSchemas[0] : PropertySchema(.object(TemplateObject()))
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
      isUnion: types.isEmpty && (value["oneOf"] != nil || value["anyOf"] != nil)
    )
  }
}
