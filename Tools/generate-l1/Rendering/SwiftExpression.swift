/// A Swift expression of generated code, laid out as swift-format keeps it: on one line when it fits,
/// otherwise with its arguments, elements or entries one per line (short literal elements packed).
indirect enum SwiftExpression {
  /// Text that is never broken: a name, a number, a string literal.
  case atom(String)
  /// `callee(label: value, ...)`.
  case call(String, [(label: String?, value: SwiftExpression)])
  /// `[a, b, c]`.
  case array([SwiftExpression])
  /// `["key": value, ...]`, keys written as string literals.
  case dictionary([(key: String, value: SwiftExpression)])

  /// A string literal.
  static func string(_ text: String) -> SwiftExpression { .atom(SwiftLiteral.string(text)) }

  /// The expression on one line.
  var flat: String {
    switch self {
    case .atom(let text): text
    case .call(let callee, let arguments):
      callee + "(" + arguments.map { ($0.label.map { "\($0): " } ?? "") + $0.value.flat }.joined(separator: ", ") + ")"
    case .array(let elements): "[" + elements.map(\.flat).joined(separator: ", ") + "]"
    case .dictionary(let entries):
      entries.isEmpty
        ? "[:]" : "[" + entries.map { SwiftLiteral.string($0.key) + ": " + $0.value.flat }.joined(separator: ", ") + "]"
    }
  }

  fileprivate var isAtom: Bool {
    if case .atom = self { true } else { false }
  }
}

extension SwiftWriter {
  /// Adds `prefix`, the expression and `suffix`, breaking the expression over lines when it does not fit.
  mutating func expression(_ expression: SwiftExpression, prefix: String = "", suffix: String = "") {
    let single = prefix + expression.flat + suffix
    if Self.indentUnit.count * level + single.count <= Self.lineLength {
      line(single)
      return
    }
    switch expression {
    case .atom(let text):
      // swift-format puts an argument or entry that does not fit on its own line after the label or key.
      guard prefix.hasSuffix(": ") else {
        line(single)
        return
      }
      line(String(prefix.dropLast()))
      nested { $0.line(text + suffix) }
    case .call(let callee, let arguments):
      line(prefix + callee + "(")
      nested { writer in
        for (index, argument) in arguments.enumerated() {
          writer.expression(
            argument.value, prefix: argument.label.map { "\($0): " } ?? "",
            suffix: index < arguments.count - 1 ? "," : "")
        }
      }
      line(")" + suffix)
    case .array(let elements):
      // swift-format ends a collection of several elements with a comma, and one of one element without.
      let last = elements.count > 1 ? "," : ""
      line(prefix + "[")
      nested { writer in
        if elements.allSatisfy(\.isAtom) {
          writer.packed(elements.map(\.flat), last: last)
        } else {
          for (index, element) in elements.enumerated() {
            writer.expression(element, suffix: index < elements.count - 1 ? "," : last)
          }
        }
      }
      line("]" + suffix)
    case .dictionary(let entries):
      let last = entries.count > 1 ? "," : ""
      line(prefix + "[")
      nested { writer in
        for (index, entry) in entries.enumerated() {
          writer.expression(
            entry.value, prefix: SwiftLiteral.string(entry.key) + ": ", suffix: index < entries.count - 1 ? "," : last)
        }
      }
      line("]" + suffix)
    }
  }

  /// Adds the items separated by commas, as many on a line as fit, the last followed by `last`.
  private mutating func packed(_ items: [String], last: String) {
    let width = Self.lineLength - Self.indentUnit.count * level
    var current = ""
    for (index, item) in items.enumerated() {
      let text = item + (index < items.count - 1 ? "," : last)
      if !current.isEmpty, current.count + 1 + text.count > width {
        line(current)
        current = text
      } else {
        current += (current.isEmpty ? "" : " ") + text
      }
    }
    if !current.isEmpty { line(current) }
  }
}

/// Swift literals of generated code.
enum SwiftLiteral {
  /// A string literal: `"..."` with `\`, `"` and control characters escaped.
  static func string(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": literal += "\\\\"
      case "\"": literal += "\\\""
      case "\n": literal += "\\n"
      case "\r": literal += "\\r"
      case "\t": literal += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        literal += "\\u{\(String(scalar.value, radix: 16))}"
      default: literal.unicodeScalars.append(scalar)
      }
    }
    return literal + "\""
  }

  /// A number literal: integers without a fraction.
  static func number(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
