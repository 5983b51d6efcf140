/// Builds Swift source text line by line, indented by two spaces per level and wrapped at 120 columns,
/// as the repository's `.swift-format` has it.
struct SwiftWriter {
  static let lineLength = 120
  static let indentUnit = "  "

  private(set) var lines: [String] = []
  private(set) var level = 0

  /// The text, ending with a newline.
  var text: String { lines.joined(separator: "\n") + "\n" }

  /// Adds a line at the current indentation (an empty string adds an empty line).
  mutating func line(_ text: String) {
    lines.append(text.isEmpty ? "" : String(repeating: Self.indentUnit, count: level) + text)
  }

  /// Whether `text` fits on one line at the current indentation.
  func fits(_ text: String) -> Bool { Self.indentUnit.count * level + text.count <= Self.lineLength }

  /// Adds `opening`, the lines `body` adds one level deeper, then a closing brace.
  mutating func block(_ opening: String, _ body: (inout SwiftWriter) -> Void) {
    line(opening)
    nested(body)
    line("}")
  }

  /// Adds the lines `body` adds one level deeper.
  mutating func nested(_ body: (inout SwiftWriter) -> Void) {
    level += 1
    body(&self)
    level -= 1
  }

  /// Adds a `///` doc comment: each paragraph wrapped to the line length, paragraphs separated by an empty
  /// comment line.
  mutating func documentation(_ paragraphs: [String]) {
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { line("///") }
      for text in wrapped(paragraph, prefix: "/// ", continuation: "/// ") { line(text) }
    }
  }

  /// Adds a `- Parameters:` list to a doc comment.
  mutating func parameterDocumentation(_ parameters: [(name: String, text: String)]) {
    line("/// - Parameters:")
    for parameter in parameters {
      for text in wrapped("\(parameter.name): \(parameter.text)", prefix: "///   - ", continuation: "///     ") {
        line(text)
      }
    }
  }

  /// Adds a call, declaration or literal: on one line when it fits, otherwise with one item per line
  /// (with a comma after the last one too when `trailingComma` is set, as swift-format writes literals).
  mutating func list(_ head: String, _ items: [String], _ tail: String, trailingComma: Bool = false) {
    let single = head + items.joined(separator: ", ") + tail
    if Self.indentUnit.count * level + single.count <= Self.lineLength {
      line(single)
      return
    }
    line(head)
    level += 1
    for (index, item) in items.enumerated() { line(item + (index < items.count - 1 || trailingComma ? "," : "")) }
    level -= 1
    line(String(tail.drop { $0 == " " }))
  }

  /// Splits `text` into lines of at most the line length at the current indentation, breaking between words.
  private func wrapped(_ text: String, prefix: String, continuation: String) -> [String] {
    let width = Self.lineLength - Self.indentUnit.count * level
    var result: [String] = []
    var current = prefix
    var isEmpty = true
    for word in text.split(separator: " ") {
      if !isEmpty, current.count + 1 + word.count > width {
        result.append(current)
        current = continuation
        isEmpty = true
      }
      current += (isEmpty ? "" : " ") + word
      isEmpty = false
    }
    result.append(current)
    return result
  }
}
