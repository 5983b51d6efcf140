/// A `pattern` of a CloudFormation resource schema: an ECMAScript regular expression, matched as JSON Schema
/// matches patterns (anywhere in the value, not anchored unless the pattern says so).
///
/// Swift's own `Regex` reads the same text differently (it matches grapheme clusters, its `\d`, `\w`, `\s`
/// and `.` are Unicode-aware, `[` opens a nested class, and it has no lookbehind), so patterns are parsed and
/// matched here with ECMAScript's semantics (the `u` flag):
/// - the value is a sequence of Unicode code points;
/// - `\d` is `[0-9]`, `\w` is `[A-Za-z0-9_]`, `\s` is ECMAScript's white space and line terminators,
///   and `.` is any code point but a line terminator (`\n`, `\r`, U+2028, U+2029);
/// - `^` and `$` match only at the start and the end of the value (no multiline mode);
/// - `\p{…}` and `\P{…}` take Unicode general categories (`L`, `Lu`, `Letter`, `gc=Nd`…);
/// - lookahead and lookbehind, positive and negative, are supported.
///
/// Schemas are written for several engines, so two liberties are taken, as cfn-lint takes them: an escaped
/// character without a meaning stands for itself (`\_`, `\/`), and `\A`, `\Z` and `\z` are anchors at the
/// start and the end of the value. Back references are not supported (no schema uses them).
///
/// Matching explores each (instruction, position) pair at most once, so it takes time proportional to the
/// pattern's size times the value's length, and it never recurses on the value's length.
package struct SchemaPattern: Sendable, CustomStringConvertible {
  /// The pattern as the schema writes it.
  package let source: String
  let program: Program

  /// Parses an ECMAScript pattern.
  package init(_ source: String) throws(SchemaPatternError) {
    self.source = source
    var parser = Parser(source)
    program = Program(compiling: try parser.parse())
  }

  /// Whether `text` contains a match; `nil` when the value is too long to decide within the matching budget.
  package func matches(_ text: String) -> Bool? {
    let scalars = Array(text.unicodeScalars)
    guard Matcher.fitsBudget(program, scalars.count) else { return nil }
    var matcher = Matcher(program: program, text: scalars)
    return matcher.search()
  }

  package var description: String { source }
}

/// Why a schema pattern could not be parsed: what is wrong, and at which code point of the pattern.
package struct SchemaPatternError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong.
  package let message: String
  /// The offset of the code point where parsing stopped.
  package let offset: Int

  /// An error at the code point `offset` of the pattern.
  package init(message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }

  package var description: String { "\(message) (at offset \(offset))" }
}
