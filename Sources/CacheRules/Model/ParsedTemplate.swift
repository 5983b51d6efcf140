import CloudFormationModel

/// A template read into its sections, tolerating any shape: what is missing or of the wrong type is left out.
struct ParsedTemplate {
  /// The template's index in its set.
  let index: Int
  let source: TemplateSource
  let parameters: [String: ParameterDeclaration]
  let conditions: [String: TemplateValue]
  let mappings: TemplateValue
  /// The resources, in template order.
  let resources: [ResourceRecord]
  /// The outputs that declare an export: the export's name and the output's value, unresolved.
  let exports: [(name: TemplateValue, value: TemplateValue)]
  /// The template's own `Metadata`.
  let metadata: TemplateValue?

  init(index: Int, source: TemplateSource) {
    self.index = index
    self.source = source
    let template = source.template
    var parameters: [String: ParameterDeclaration] = [:]
    for member in template["Parameters"]?.objectValue ?? TemplateObject() {
      parameters[member.key] = ParameterDeclaration(member.value)
    }
    self.parameters = parameters
    var conditions: [String: TemplateValue] = [:]
    for member in template["Conditions"]?.objectValue ?? TemplateObject() { conditions[member.key] = member.value }
    self.conditions = conditions
    mappings = template["Mappings"] ?? .null
    resources = (template["Resources"]?.objectValue ?? TemplateObject()).compactMap { member in
      ResourceRecord(key: ResourceKey(template: index, logicalID: member.key), entry: member.value, source: source)
    }
    exports = (template["Outputs"]?.objectValue ?? TemplateObject()).compactMap { member in
      guard let name = member.value["Export"]?["Name"], let value = member.value["Value"] else { return nil }
      return (name, value)
    }
    metadata = template["Metadata"]
  }
}

/// A declared parameter.
struct ParameterDeclaration {
  /// `Type`, such as `String`, `Number`, `CommaDelimitedList` or `AWS::SSM::Parameter::Value<String>`.
  let type: String
  /// `Default`.
  let defaultValue: TemplateValue?
  /// `NoEcho`: the value is a secret.
  let noEcho: Bool
  /// `AllowedValues`.
  let allowedValues: [TemplateValue]

  init(_ declaration: TemplateValue) {
    type = declaration["Type"]?.stringValue ?? "String"
    defaultValue = declaration["Default"]
    let noEchoValue = declaration["NoEcho"]
    noEcho = noEchoValue?.boolValue ?? (noEchoValue?.stringValue?.lowercased() == "true")
    allowedValues = declaration["AllowedValues"]?.arrayValue ?? []
  }

  /// Whether the value is a list (`CommaDelimitedList`, `List<...>`).
  var isList: Bool { type == "CommaDelimitedList" || type.hasPrefix("List<") }

  /// Whether CloudFormation reads the value from Systems Manager at deployment.
  var isSSMParameter: Bool { type.hasPrefix("AWS::SSM::Parameter::Value<") }
}

/// One resource of a template.
struct ResourceRecord {
  let key: ResourceKey
  /// `Type`.
  let type: String
  /// `Properties`, unresolved (`null` when absent).
  let properties: TemplateValue
  /// `Metadata`.
  let metadata: TemplateValue?
  /// `Condition`: the condition that decides whether the resource is created.
  let condition: String?
  /// The construct path, from `aws:cdk:path` metadata or the assembly's metadata.
  let constructPath: String?
  /// The line of the resource in the template's text.
  let line: Int?

  init?(key: ResourceKey, entry: TemplateValue, source: TemplateSource) {
    guard let type = entry["Type"]?.stringValue else { return nil }
    self.key = key
    self.type = type
    properties = entry["Properties"] ?? .null
    metadata = entry["Metadata"]
    condition = entry["Condition"]?.stringValue
    constructPath = metadata?["aws:cdk:path"]?.stringValue ?? source.constructPaths[key.logicalID]
    line = source.resourceLines[key.logicalID]
  }

  var logicalID: String { key.logicalID }
}
