import CloudFormationModel

/// Renders values as compact JSON text, as JavaScript's `JSON.stringify` renders them, keeping
/// deploy-time values as tokens inside the text (they become parts of an `Fn::Join` when resolved).
enum JSONStringification {
  static func stringify(_ value: CfnValue) -> StringValue {
    var fragments: [StringValue.Fragment] = []
    append(value, to: &fragments)
    return StringValue(fragments: fragments)
  }

  private static func append(_ value: CfnValue, to fragments: inout [StringValue.Fragment]) {
    switch value {
    case .null: fragments.append(.literal("null"))
    case .bool(let flag): fragments.append(.literal(flag ? "true" : "false"))
    case .number(let number): fragments.append(.literal(TemplateValue.number(number).jsonString(indent: 0)))
    case .string(let string):
      fragments.append(.literal("\""))
      for fragment in string.fragments {
        switch fragment {
        case .literal(let text): fragments.append(.literal(String(quoted(text).dropFirst().dropLast())))
        case .token: fragments.append(fragment)
        }
      }
      fragments.append(.literal("\""))
    case .array(let elements):
      fragments.append(.literal("["))
      for (offset, element) in elements.enumerated() {
        if offset > 0 { fragments.append(.literal(",")) }
        append(element, to: &fragments)
      }
      fragments.append(.literal("]"))
    case .object(let members):
      fragments.append(.literal("{"))
      for (offset, member) in members.enumerated() {
        if offset > 0 { fragments.append(.literal(",")) }
        fragments.append(.literal(quoted(member.key) + ":"))
        append(member.value, to: &fragments)
      }
      fragments.append(.literal("}"))
    case .token(let token): fragments.append(.token(token))
    }
  }

  private static func quoted(_ text: String) -> String { TemplateValue.string(text).jsonString(indent: 0) }
}
