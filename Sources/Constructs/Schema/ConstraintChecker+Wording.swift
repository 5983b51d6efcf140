import CloudFormationModel

/// How the checker writes values, ranges and lists in messages.
extension ConstraintChecker {
  /// A number as a template writes it (`7`, `0.5`).
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-infinity" : "infinity") }
    return TemplateValue.number(value).jsonString(indent: 0)
  }

  /// A value for a message: text in quotes (shortened when long), numbers as written, a secret hidden.
  static func describe(_ value: TemplateValue, isSecret: Bool) -> String {
    if isSecret { return "a secret (hidden)" }
    switch value {
    case .string(let text): return "'\(truncated(text))'"
    case .number(let value): return number(value)
    default: return truncated(value.jsonString(indent: 0))
    }
  }

  static let shownLength = 80

  static func truncated(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > shownLength else { return text }
    return String(String.UnicodeScalarView(scalars.prefix(shownLength))) + "… (\(scalars.count) characters)"
  }

  /// `a, b and c`, with at most 30 items named.
  static func list(_ items: [String]) -> String {
    let shown = items.prefix(30).map { $0.isEmpty ? "''" : $0 }
    let rest = items.count - shown.count
    guard shown.count > 1 else { return shown.first ?? "" }
    if rest > 0 { return shown.joined(separator: ", ") + " and \(rest) more" }
    return shown.dropLast().joined(separator: ", ") + " and " + (shown.last ?? "")
  }
}
