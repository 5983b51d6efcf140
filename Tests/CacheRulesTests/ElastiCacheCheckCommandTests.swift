import CacheRules
import CloudFormationModel
import Foundation
import Testing

/// Runs the built `elasticache-check` executable.
private func elasticacheCheck(_ arguments: String...) throws -> (status: Int32, output: String, errors: String) {
  let process = Process()
  process.executableURL = Bundle.main.bundleURL.appendingPathComponent("elasticache-check")
  process.arguments = arguments
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  let complained = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  return (process.terminationStatus, printed, complained)
}

@Suite("The elasticache-check command: formats, rules files and exit statuses")
struct ElastiCacheCheckCommandTests {
  @Test("A well-configured template passes with status 0")
  func passes() throws {
    let run = try elasticacheCheck(Fixtures.path("well-configured.yaml"))
    #expect(run.status == 0)
    #expect(run.output == "No findings in 1 template.\n")
  }

  @Test("A finding of severity error gives status 1; --format json prints the array of findings")
  func errorsFound() throws {
    let run = try elasticacheCheck("--format", "json", Fixtures.path("violations.json"))
    #expect(run.status == 1)
    let findings = try #require(TemplateValue(parsingJSON: run.output).arrayValue)
    #expect(findings.count == 38)
    #expect(findings.allSatisfy { $0["template"]?.stringValue == Fixtures.path("violations.json") })
  }

  @Test("Warnings and information alone give status 0; a rules file can raise them to errors")
  func rulesFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let template = directory.appendingPathComponent("cache.yaml")
    try Fixtures.text("well-configured.yaml").replacingOccurrences(
      of: "MultiAZEnabled: true", with: "MultiAZEnabled: false"
    )
    .write(to: template, atomically: true, encoding: .utf8)
    #expect(try elasticacheCheck(template.path).status == 0)
    let rules = directory.appendingPathComponent("rules.yaml")
    try "rules:\n  EC4: error\n".write(to: rules, atomically: true, encoding: .utf8)
    let strict = try elasticacheCheck("--rules", rules.path, template.path)
    #expect(strict.status == 1)
    #expect(strict.output.contains("error EC4: Replication group 'orders-cache' cannot fail over automatically"))
    try "rules:\n  EC4: fatal\n".write(to: rules, atomically: true, encoding: .utf8)
    let broken = try elasticacheCheck("-r", rules.path, template.path)
    #expect(broken.status == 2)
    #expect(broken.errors.contains("rules.EC4.severity: 'fatal' is not error, warning, info or off"))
  }

  @Test("SARIF output validates against the SARIF 2.1.0 schema")
  func sarif() throws {
    let run = try elasticacheCheck(
      "--format", "sarif", Fixtures.path("violations.json"), Fixtures.path("well-configured.yaml"))
    #expect(run.status == 1)
    try SARIFSchema.validate(run.output)
  }

  @Test("An unreadable path gives status 2 and says why, after checking the rest")
  func unreadable() throws {
    let run = try elasticacheCheck("/nonexistent.yaml", Fixtures.path("violations.json"))
    #expect(run.status == 2)
    #expect(run.errors == "/nonexistent.yaml: No such file or directory. Check the path.\n")
    #expect(run.output.contains("EC14"))
  }

  @Test("Usage errors give status 64: no path, an unknown format or option")
  func usage() throws {
    #expect(try elasticacheCheck().status == 64)
    let format = try elasticacheCheck("--format", "xml", Fixtures.path("violations.json"))
    #expect(format.status == 64)
    #expect(format.errors.contains("'xml' is not a format: give text, json or sarif."))
    #expect(try elasticacheCheck("--strict", Fixtures.path("violations.json")).status == 64)
  }

  @Test("--list-rules prints the catalog")
  func listRules() throws {
    let run = try elasticacheCheck("--list-rules")
    #expect(run.status == 0)
    #expect(run.output == RuleCatalog.markdown + "\n")
  }
}
