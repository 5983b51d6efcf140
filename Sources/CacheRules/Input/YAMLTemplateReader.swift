import CloudFormationModel
import Yams

/// Reads a YAML template, with CloudFormation's short-form tags (`!Ref`, `!GetAtt a.b`, `!Sub`, `!If`...)
/// turned into the long form, and the line of each resource.
enum YAMLTemplateReader {
  /// The most values a document may expand to (aliases can multiply a small text into a huge one).
  static let valueLimit = 2_000_000

  /// Thrown when the document is not valid YAML or too large.
  struct ReadError: Error {
    let message: String
  }

  /// The template in `text`, and the line of each resource by logical id.
  static func read(_ text: String) throws(ReadError) -> (TemplateValue, [String: Int]) {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw ReadError(message: "not valid YAML: \(error)")
    }
    guard let root else { throw ReadError(message: "the file is empty") }
    var budget = valueLimit
    let value = try convert(root, budget: &budget, depth: 0)
    var lines: [String: Int] = [:]
    if let resources = root["Resources"]?.mapping {
      for (key, _) in resources {
        if let name = key.string, let line = key.mark?.line { lines[name] = line }
      }
    }
    return (value, lines)
  }

  private static func convert(_ node: Node, budget: inout Int, depth: Int) throws(ReadError) -> TemplateValue {
    budget -= 1
    guard budget > 0 else { throw ReadError(message: "the document expands to more than \(valueLimit) values") }
    guard depth < NestingLimit.depth else {
      throw ReadError(message: "the document nests more than \(NestingLimit.depth) levels deep")
    }
    let tag = node.tag.rawValue
    let plain: TemplateValue
    switch node {
    case .scalar(let scalar): plain = scalarValue(scalar)
    case .sequence(let sequence):
      var elements: [TemplateValue] = []
      for element in sequence { elements.append(try convert(element, budget: &budget, depth: depth + 1)) }
      plain = .array(elements)
    case .mapping(let mapping):
      var object = TemplateObject()
      for (key, value) in mapping {
        var name = key.string ?? ""
        if key.string == nil { name = try convert(key, budget: &budget, depth: depth + 1).jsonString(indent: 0) }
        object[name] = try convert(value, budget: &budget, depth: depth + 1)
      }
      plain = .object(object)
    case .alias:
      plain = .null
    }
    guard tag.hasPrefix("!"), tag != "!" else { return plain }
    return shortForm(String(tag.dropFirst()), plain)
  }

  /// `!Ref x` → `{"Ref": "x"}`, `!GetAtt a.b` → `{"Fn::GetAtt": ["a", "b"]}`, `!Condition c` → `{"Condition": "c"}`,
  /// any other `!Name v` → `{"Fn::Name": v}`.
  private static func shortForm(_ name: String, _ value: TemplateValue) -> TemplateValue {
    switch name {
    case "Ref", "Condition": return .object(TemplateObject([(name, value)]))
    case "GetAtt":
      if let text = value.stringValue, let dot = text.firstIndex(of: ".") {
        let attribute = [TemplateValue.string(String(text[..<dot])), .string(String(text[text.index(after: dot)...]))]
        return .object(TemplateObject([("Fn::GetAtt", .array(attribute))]))
      }
      return .object(TemplateObject([("Fn::GetAtt", value)]))
    default: return .object(TemplateObject([("Fn::" + name, value)]))
    }
  }

  /// A scalar as YAML 1.1 reads it: quoted scalars are strings; plain ones may be null, Booleans or numbers.
  private static func scalarValue(_ scalar: Node.Scalar) -> TemplateValue {
    let text = scalar.string
    let tag = Tag.Name(rawValue: scalar.tag.rawValue)
    if tag == .str || (tag != .implicit && tag.rawValue.hasPrefix("!")) { return .string(text) }
    if tag == .implicit && scalar.style != .plain { return .string(text) }
    let node = Node.scalar(Node.Scalar(text))
    let resolved = tag == .implicit ? Resolver.default.resolveTag(of: node) : tag
    switch resolved {
    case .null: return .null
    case .bool: return node.bool.map(TemplateValue.bool) ?? .string(text)
    case .int: return node.int.map { TemplateValue.number(Double($0)) } ?? .string(text)
    case .float: return node.float.map(TemplateValue.number) ?? .string(text)
    default: return .string(text)
    }
  }
}
