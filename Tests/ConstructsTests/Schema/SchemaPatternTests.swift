import CloudFormationModel
import Constructs
import Foundation
import Testing

/// Schema patterns are ECMAScript regular expressions: they are parsed and matched with ECMAScript's
/// semantics, checked here against what Node.js answers for every pattern of the committed schemas and overlays
/// (`Fixtures/pattern-matches.json`, recorded by `Fixtures/record-pattern-matches.mjs`).
@Suite("Schema patterns")
struct SchemaPatternTests {
  static let tools = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tools/generate-l1")
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/pattern-matches.json")

  /// Every `pattern` (and `patternProperties` key) of the committed schemas and overlays.
  static func schemaPatterns() throws -> Set<String> {
    var patterns = Set<String>()
    var pending: [TemplateValue] = []
    for folder in ["Schemas", "Overlays"] {
      let directory = tools.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
        pending.append(
          try TemplateValue(parsingJSON: String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)))
      }
    }
    while let value = pending.popLast() {
      if let elements = value.arrayValue { pending += elements }
      guard let object = value.objectValue else { continue }
      for member in object {
        if member.key == "pattern", let pattern = member.value.stringValue { patterns.insert(pattern) }
        if member.key == "patternProperties" { patterns.formUnion(member.value.objectValue?.keys ?? []) }
        pending.append(member.value)
      }
    }
    return patterns
  }

  @Test("Every pattern of the schemas parses, and matches every probe value as ECMAScript does")
  func matchesLikeECMAScript() throws {
    let recorded = try TemplateValue(parsingJSON: String(contentsOf: Self.fixture, encoding: .utf8))
    let probes = try #require(recorded["probes"]?.arrayValue).compactMap(\.stringValue)
    let results = try #require(recorded["results"]?.objectValue)
    let patterns = try Self.schemaPatterns()
    #expect(
      Set(results.keys) == patterns,
      "The fixture does not cover the schemas' patterns: record it again with Fixtures/record-pattern-matches.mjs")
    for member in results {
      let pattern = try SchemaPattern(member.key)
      let expected = Array(member.value.stringValue ?? "")
      for (index, probe) in probes.enumerated() {
        #expect(
          pattern.matches(probe) == (expected[index] == "1"),
          "\(member.key) on \(probe.debugDescription): ECMAScript says \(expected[index] == "1")")
      }
    }
  }

  @Test("Character classes keep ECMAScript's ASCII meaning; . and $ stop at line terminators")
  func ecmaScriptSemantics() throws {
    #expect(try SchemaPattern(#"^\d+$"#).matches("١٢") == false)
    #expect(try SchemaPattern(#"^\w+$"#).matches("é") == false)
    #expect(try SchemaPattern(#"^\s$"#).matches("\u{2028}") == true)
    #expect(try SchemaPattern(#"^\s$"#).matches("\u{85}") == false)
    #expect(try SchemaPattern("^.$").matches("\r") == false)
    #expect(try SchemaPattern("^.$").matches("🚀") == true)
    #expect(try SchemaPattern("^abc$").matches("abc\n") == false)
    #expect(try SchemaPattern(#"^\p{L}+$"#).matches("Ωé") == true)
    #expect(try SchemaPattern(#"^\P{L}$"#).matches("1") == true)
    #expect(try SchemaPattern("^[^]a]$").matches("ba]") == true)
    #expect(try SchemaPattern("^[^]a]$").matches("b") == false)
    #expect(try SchemaPattern("^[[]$").matches("[") == true)
    #expect(try SchemaPattern(#"^\u{1F680}$"#).matches("🚀") == true)
    #expect(try SchemaPattern(#"^\uD83D\uDE80$"#).matches("🚀") == true)
    #expect(try SchemaPattern("a{2,3}").matches("xaay") == true)
    #expect(try SchemaPattern("^a{2,3}$").matches("aaaa") == false)
    #expect(try SchemaPattern("^x{,2}$").matches("x{,2}") == true)
    #expect(try SchemaPattern(#"\bword\b"#).matches("a word.") == true)
    #expect(try SchemaPattern(#"\bword\b"#).matches("swordfish") == false)
  }

  @Test("Lookahead and lookbehind, positive and negative")
  func lookarounds() throws {
    #expect(try SchemaPattern("^(?!aws:).*$").matches("aws:x") == false)
    #expect(try SchemaPattern("^(?!aws:).*$").matches("awsx") == true)
    #expect(try SchemaPattern(#"^[a-z.]*(?<!\.)$"#).matches("abc.") == false)
    #expect(try SchemaPattern(#"^[a-z.]*(?<!\.)$"#).matches("a.bc") == true)
    #expect(try SchemaPattern("(?<=ab+)c").matches("abbbc") == true)
    #expect(try SchemaPattern("(?<=ab+)c").matches("ac") == false)
    #expect(try SchemaPattern("^a(?=b)").matches("ab") == true)
  }

  @Test("Patterns that explode a backtracking engine finish on long values")
  func noCatastrophicBacktracking() throws {
    let value = String(repeating: "a", count: 5_000) + "!"
    #expect(try SchemaPattern("^(a+)+$").matches(value) == false)
    #expect(try SchemaPattern("^(a*)*b").matches(value) == false)
    #expect(try SchemaPattern("^(a|aa)*$").matches(String(repeating: "a", count: 5_000)) == true)
    let long = String(repeating: "x", count: 200_000)
    #expect(try SchemaPattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").matches(long) == true)
  }

  @Test("A value too long to match within the budget is left undecided")
  func budget() throws {
    let pattern = try SchemaPattern("^(a{1000}){10}$")
    #expect(pattern.matches(String(repeating: "a", count: 10_000)) == nil)
  }

  @Test("Syntax errors name what is wrong and where")
  func syntaxErrors() {
    #expect(throws: SchemaPatternError(message: "missing ')'", offset: 4)) { try SchemaPattern("(abc") }
    #expect(throws: SchemaPatternError(message: "unmatched ')'", offset: 3)) { try SchemaPattern("abc)") }
    #expect(throws: SchemaPatternError(message: "nothing to repeat", offset: 0)) { try SchemaPattern("*a") }
    #expect(throws: SchemaPatternError(message: "back references are not supported", offset: 4)) {
      try SchemaPattern(#"(a)\1"#)
    }
    #expect(throws: SchemaPatternError(message: "unsupported Unicode property 'Script=Latin'", offset: 16)) {
      try SchemaPattern(#"\p{Script=Latin}"#)
    }
    #expect(throws: SchemaPatternError(message: "range out of order in character class", offset: 4)) {
      try SchemaPattern("[z-a]")
    }
  }
}
