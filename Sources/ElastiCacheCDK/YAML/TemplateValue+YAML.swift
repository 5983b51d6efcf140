import CloudFormationModel
import Yams

extension TemplateValue {
  /// The value as YAML for people to read, keeping the order of object members.
  func yamlString() throws -> String {
    try Yams.serialize(node: yamlNode, width: -1, allowUnicode: true, sortKeys: false)
  }

  /// Whether a string written plain would read back as something else: a number, a Boolean (YAML 1.1's
  /// `yes`, `on` included), null, a date. Such strings are single-quoted.
  private static func needsQuotes(_ text: String) -> Bool {
    Resolver.default.resolveTag(of: Yams.Node(text)) != .str
  }

  private var yamlNode: Yams.Node {
    switch self {
    case .null: Yams.Node("null", Tag(.null))
    case .bool(let flag): Yams.Node(flag ? "true" : "false", Tag(.bool))
    case .number: Yams.Node(jsonString(indent: 0), Tag(.float))
    case .string(let text): Yams.Node(text, Tag(.str), Self.needsQuotes(text) ? .singleQuoted : .any)
    case .array(let elements): Yams.Node(elements.map(\.yamlNode), Tag(.seq))
    case .object(let object):
      Yams.Node(
        object.map {
          (Yams.Node($0.key, Tag(.str), Self.needsQuotes($0.key) ? .singleQuoted : .any), $0.value.yamlNode)
        },
        Tag(.map))
    }
  }
}
