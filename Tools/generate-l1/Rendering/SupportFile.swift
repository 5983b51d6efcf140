/// The internal support file that every generated class uses to render its properties: the protocol of
/// values that render into a template, and the conformances of the Swift types the properties have.
enum SupportFile {
  static let fileName = "CfnPropertyValue.swift"

  /// The source of the support file, with conformances only for the kinds of types that `models` use.
  static func render(for models: [ResourceModel]) throws(GeneratorError) -> String {
    var kinds = Set<Kind>()
    for model in models {
      for property in model.properties + model.structures.flatMap(\.properties) { kinds.formUnion(property.type.kinds) }
    }
    var writer = SwiftWriter()
    writer.line("\(ResourceModel.generatedMarker)for the typed CloudFormation resources in this folder.")
    writer.line("// Do not edit: run scripts/generate-l1.sh.")
    writer.line("")
    writer.line("import Constructs")
    writer.line("")
    writer.documentation(["A value that a typed CloudFormation resource renders into its properties."])
    writer.block("protocol CfnPropertyValue {") { writer in
      writer.documentation(["The value as it appears in the template."])
      writer.line("var cfnValue: CfnValue { get }")
    }
    for kind in Kind.allCases where kinds.contains(kind) {
      writer.line("")
      kind.renderConformance(&writer)
    }
    writer.line("")
    writer.block("extension CfnValue {") { writer in
      writer.documentation(["An object of the properties that are set (not `nil`), in the given order."])
      writer.block(
        "static func properties(_ members: KeyValuePairs<String, (any CfnPropertyValue)?>) -> CfnValue {"
      ) { writer in
        writer.line(".object(members.compactMap { member in member.value.map { Member(member.key, $0.cfnValue) } })")
      }
    }
    try SwiftWriter.checkLineLength(writer.lines, in: fileName)
    return writer.text
  }

  /// The kinds of Swift types that need a conformance.
  enum Kind: CaseIterable {
    case string, number, boolean, stringList, array, map, value

    fileprivate func renderConformance(_ writer: inout SwiftWriter) {
      switch self {
      case .string:
        writer.block("extension StringValue: CfnPropertyValue {") {
          $0.line("var cfnValue: CfnValue { .string(self) }")
        }
      case .number:
        writer.block("extension NumberValue: CfnPropertyValue {") {
          $0.line("var cfnValue: CfnValue { CfnValue(self) }")
        }
      case .boolean:
        writer.block("extension Bool: CfnPropertyValue {") { $0.line("var cfnValue: CfnValue { .bool(self) }") }
      case .stringList:
        writer.block("extension StringListValue: CfnPropertyValue {") {
          $0.line("var cfnValue: CfnValue { CfnValue(self) }")
        }
      case .array:
        writer.block("extension Array: CfnPropertyValue where Element: CfnPropertyValue {") {
          $0.line("var cfnValue: CfnValue { .array(map(\\.cfnValue)) }")
        }
      case .map:
        writer.documentation(["Renders the entries in the order of their keys, so that templates are stable."])
        writer.block("extension Dictionary: CfnPropertyValue where Key == String, Value: CfnPropertyValue {") {
          writer in
          writer.block("var cfnValue: CfnValue {") { writer in
            writer.line(
              "let entries = sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }")
            writer.line("return .object(entries.map { CfnValue.Member($0.key, $0.value.cfnValue) })")
          }
        }
      case .value:
        writer.block("extension CfnValue: CfnPropertyValue {") { $0.line("var cfnValue: CfnValue { self }") }
      }
    }
  }
}

extension SwiftType {
  /// The kinds of types that rendering a value of this type uses.
  fileprivate var kinds: Set<SupportFile.Kind> {
    switch self {
    case .string: [.string]
    case .number: [.number]
    case .boolean: [.boolean]
    case .stringList: [.stringList]
    case .structure: []
    case .array(let element): element.kinds.union([.array])
    case .map(let value): value.kinds.union([.map])
    case .value: [.value]
    }
  }
}
