extension ResourceModel {
  /// Translates a resource schema into the Swift shape of its L1 class.
  init(translating schema: ResourceSchema) throws(GeneratorError) {
    var translator = Translator(schema: schema)
    let resourceName = String(schema.typeName.split(separator: ":").last ?? "")
    typeName = schema.typeName
    className = "Cfn" + SwiftNaming.upperCamelCase(resourceName)
    summary = Summary.of(schema.description)

    tags = schema.tagProperty.flatMap { name in
      schema.properties[name].flatMap(translator.tagFormat).map { TagProperty(name: name, format: $0) }
    }
    let readOnly = Set(schema.readOnlyPaths.compactMap { $0.count == 1 ? $0[0] : nil })
    var properties: [PropertyModel] = []
    for (cfnName, property) in schema.properties where !readOnly.contains(cfnName) {
      if cfnName == tags?.name { continue }
      var swiftName = SwiftNaming.lowerCamelCase(cfnName)
      if Self.inheritedMembers.contains(swiftName) {
        swiftName = SwiftNaming.lowerCamelCase(resourceName) + SwiftNaming.upperCamelCase(cfnName)
      }
      properties.append(
        PropertyModel(
          cfnName: cfnName,
          swiftName: swiftName,
          type: try translator.swiftType(of: property, inlineName: cfnName, at: cfnName),
          isRequired: schema.required.contains(cfnName),
          replacesResource: schema.createOnlyProperties.contains(cfnName),
          summary: Summary.of(translator.description(of: property))
        ))
    }
    self.properties = try Self.sortedUniquely(properties, in: schema.typeName)
    structures = translator.structures.values.sorted { $0.swiftName < $1.swiftName }
    attributes = try translator.attributes()

    module = try ServiceModule.of(typeName: schema.typeName)
    var constraintTranslator = ConstraintTranslator(schema: schema)
    let settable = schema.properties.keys.filter { !readOnly.contains($0) }.sorted()
    propertyConstraints = settable.compactMap { name in
      schema.properties[name].map { (name, constraintTranslator.constraints(of: $0, named: name)) }
    }
    requiredProperties = schema.required.filter { !readOnly.contains($0) }.sorted()
    physicalName = constraintTranslator.physicalName(settable: Set(settable))
  }

  /// The members of `CfnResource` and its superclasses that a property must not hide.
  static let inheritedMembers: Set<String> = [
    "addDeletionOverride", "addDependency", "addMetadata", "addOverride", "addPropertyDeletionOverride",
    "addPropertyOverride", "applyRemovalPolicy", "cfnProperties", "cfnResourceType", "cfnResourceTypeName",
    "condition", "constraints", "creationPolicy", "deletionPolicy", "dependsOn", "description", "getAtt",
    "getAttToken", "include", "logicalID", "node", "overrideLogicalID", "propertiesCheckedByOwner", "ref",
    "renderEntry", "renderProperties", "stack", "tags", "templateSection", "typeName", "updateBeforeRendering",
    "updatePolicy", "updateReplacePolicy",
  ]

  /// The properties ordered by Swift name; two properties with the same Swift name are an error.
  static func sortedUniquely(_ properties: [PropertyModel], in scope: String) throws(GeneratorError) -> [PropertyModel]
  {
    let sorted = properties.sorted { SwiftOrder.precedes($0.swiftName, $1.swiftName) }
    for (left, right) in zip(sorted, sorted.dropFirst()) where left.swiftName == right.swiftName {
      throw GeneratorError(
        "\(scope): the properties \(left.cfnName) and \(right.cfnName) both become `\(left.swiftName)` in Swift; "
          + "add a rule to SwiftNaming that tells them apart"
      )
    }
    return sorted
  }
}

/// The order of names in declarations and initializers: case-insensitive, then by code point.
enum SwiftOrder {
  static func precedes(_ left: String, _ right: String) -> Bool {
    let (lowerLeft, lowerRight) = (left.lowercased(), right.lowercased())
    return lowerLeft == lowerRight
      ? left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
      : lowerLeft.unicodeScalars.lexicographicallyPrecedes(lowerRight.unicodeScalars)
  }
}

/// Works out the Swift types of one schema's properties, collecting the property types they need.
private struct Translator {
  let schema: ResourceSchema
  /// The property types found so far, by Swift name.
  var structures: [String: StructureModel] = [:]
  /// What each property type was made from (a definition or an inline object), to catch two that share a name.
  private var structureSources: [String: String] = [:]

  init(schema: ResourceSchema) { self.schema = schema }

  /// The description of a property, or of the definition it refers to.
  func description(of property: PropertySchema) -> String? {
    property.description ?? property.reference.flatMap { schema.definitions[$0]?.description }
  }

  /// The tag format of the property that holds the tags, or `nil` when its shape is not a known one.
  func tagFormat(of property: PropertySchema) -> TagFormat? {
    if property.types == ["array"], let items = property.items {
      let item = items.reference.flatMap { schema.definitions[$0] } ?? items
      if item.properties["Key"] != nil, item.properties["Value"] != nil, item.properties.count == 2 { return .standard }
    }
    if property.types == ["object"], property.properties.isEmpty, property.mapValues?.types == ["string"] {
      return .map
    }
    return nil
  }

  /// The Swift type of a value.
  ///
  /// - Parameters:
  ///   - inlineName: the name an object declared inline gets as a property type.
  ///   - path: where the value is, for error messages.
  mutating func swiftType(of property: PropertySchema, inlineName: String, at path: String) throws(GeneratorError)
    -> SwiftType
  {
    if let reference = property.reference {
      guard let definition = schema.definitions[reference] else {
        throw GeneratorError("\(schema.typeName): \(path) refers to a missing definition `\(reference)`")
      }
      if isObjectWithMembers(definition) {
        return .structure(try structure(named: reference, from: definition, source: "definition \(reference)"))
      }
      return try swiftType(of: definition, inlineName: reference, at: path)
    }
    if property.isUnion { return .value }
    if property.types.isEmpty, !property.properties.isEmpty {
      return .structure(try structure(named: inlineName, from: property, source: path))
    }
    guard property.types.count == 1 else { return .value }
    switch property.types[0] {
    case "string": return .string
    case "integer", "number": return .number
    case "boolean": return .boolean
    case "array":
      guard let items = property.items else { return .value }
      switch try swiftType(of: items, inlineName: inlineName, at: "\(path)[]") {
      case .string: return .stringList
      case .value: return .value
      case let element: return .array(element)
      }
    case "object":
      if !property.properties.isEmpty {
        return .structure(try structure(named: inlineName, from: property, source: path))
      }
      guard let values = property.mapValues else { return .value }
      let valueType = try swiftType(of: values, inlineName: inlineName, at: "\(path){}")
      return valueType == .value ? .value : .map(valueType)
    default: return .value
    }
  }

  private func isObjectWithMembers(_ definition: PropertySchema) -> Bool {
    !definition.properties.isEmpty && (definition.types.isEmpty || definition.types == ["object"])
  }

  /// The Swift name of the property type made from `object`, translating it the first time.
  private mutating func structure(named name: String, from object: PropertySchema, source: String)
    throws(GeneratorError) -> String
  {
    let swiftName = SwiftNaming.upperCamelCase(name) + "Property"
    if let existing = structureSources[swiftName] {
      guard existing == source else {
        throw GeneratorError(
          "\(schema.typeName): \(existing) and \(source) both become the property type `\(swiftName)`"
        )
      }
      return swiftName
    }
    structureSources[swiftName] = source
    var members: [PropertyModel] = []
    for (cfnName, member) in object.properties {
      members.append(
        PropertyModel(
          cfnName: cfnName,
          swiftName: SwiftNaming.lowerCamelCase(cfnName),
          type: try swiftType(of: member, inlineName: cfnName, at: "\(source).\(cfnName)"),
          isRequired: object.required.contains(cfnName),
          replacesResource: false,
          summary: Summary.of(description(of: member))
        ))
    }
    structures[swiftName] = StructureModel(
      cfnName: "\(schema.typeName).\(name)",
      swiftName: swiftName,
      summary: Summary.of(object.description),
      properties: try ResourceModel.sortedUniquely(members, in: "\(schema.typeName) \(source)")
    )
    return swiftName
  }

  /// The attributes: one per read-only path, ordered by attribute name.
  func attributes() throws(GeneratorError) -> [AttributeModel] {
    var attributes: [String: AttributeModel] = [:]
    for path in schema.readOnlyPaths where !path.isEmpty {
      let name = path.joined(separator: ".")
      let property = resolve(path)
      attributes[name] = AttributeModel(
        name: name,
        swiftName: SwiftNaming.attributeName(name),
        type: property.map(attributeType) ?? .string,
        summary: Summary.of(property.flatMap(description))
      )
    }
    let sorted = attributes.values.sorted { $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) }
    for (left, right) in zip(sorted, sorted.dropFirst()) where left.swiftName == right.swiftName {
      throw GeneratorError(
        "\(schema.typeName): the attributes \(left.name) and \(right.name) both become `\(left.swiftName)` in Swift"
      )
    }
    return sorted
  }

  /// The schema at a property path, following `$ref`s.
  private func resolve(_ path: [String]) -> PropertySchema? {
    var current = schema.properties[path[0]]
    for component in path.dropFirst() {
      let object = current?.reference.flatMap { schema.definitions[$0] } ?? current
      current = object?.properties[component]
    }
    return current
  }

  private func attributeType(of property: PropertySchema) -> AttributeType {
    let resolved = property.reference.flatMap { schema.definitions[$0] } ?? property
    switch resolved.types {
    case ["string"]: return .string
    case ["integer"], ["number"]: return .number
    case ["array"] where resolved.items?.types == ["string"]: return .list
    default: return .value
    }
  }
}
