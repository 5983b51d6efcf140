import CacheRules
import ElastiCacheCDK
import Foundation
import Testing

@Suite("Inputs: template files, directories, cloud assemblies with nested assemblies, and what cannot be read")
struct InputTests {
  private static func temporaryDirectory(_ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("rules-\(UUID().uuidString)-\(name.filter(\.isLetter))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A platform stack and a service stack, as the platform layer builds them; the service keeps the seed's
  /// unconfined access (`+@all` without `-@dangerous`), which EC11 reports.
  private static func app(outdir: String) -> App {
    let app = App(outdir: outdir, environment: [:])
    let platform = Stack(app, "Platform")
    let vpc = EC2.VPC(platform, "Vpc")
    let shared = SharedCache(platform, "Shared", platformName: "orders", vpc: vpc)
    let service = Stack(app, "Service")
    _ = ServiceCacheAccess(
      service, "Access", serviceName: "billing-api", cache: shared, permissions: .unconfined())
    return app
  }

  @Test("A cloud assembly is read stack by stack, with stack names, construct paths and cross-stack references")
  func assemblyDirectory() throws {
    let directory = try Self.temporaryDirectory()
    try Self.app(outdir: directory.path).synth()
    let (sets, errors) = InputLoader.load(paths: [directory.path])
    #expect(errors.isEmpty)
    #expect(sets.count == 1)
    let names = sets.first?.templates.map(\.name) ?? []
    #expect(names == ["\(directory.path)/Platform.template.json", "\(directory.path)/Service.template.json"])
    #expect(sets.first?.templates.map(\.stackName) == ["Platform", "Service"])
    let report = RuleEngine().check(sets)
    let cache = try #require(report.findings.first { $0.rule == "EC17" })
    #expect(cache.location.constructPath == "Platform/Shared/Cache/Resource")
    #expect(cache.diagnostic.path == "Platform/Shared/Cache/Resource")
    // The service's user joins the platform's group through its membership resource.
    #expect(report.findings.contains { $0.rule == "EC11" && $0.location.template.hasSuffix("Service.template.json") })
  }

  @Test("Nested assemblies (CDK stages) are read too, with their directory in the template's name")
  func nestedAssembly() throws {
    let directory = try Self.temporaryDirectory()
    let stage = directory.appendingPathComponent("assembly-Prod")
    try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
    try Self.app(outdir: stage.path).synth()
    let manifest = """
      {"version": "36.0.0", "artifacts": {"Prod": {"type": "cdk:cloud-assembly",
       "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"}}}}
      """
    try manifest.write(to: directory.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
    let set = try CloudAssemblyReader.read(directory: directory.path)
    #expect(set.templates.map(\.name).last == "\(directory.path)/assembly-Prod/Service.template.json")
  }

  @Test("A directory without a manifest is read for its templates; other files are skipped")
  func templateDirectory() throws {
    let directory = try Self.temporaryDirectory()
    try Fixtures.text("well-configured.yaml").write(
      to: directory.appendingPathComponent("cache.yaml"), atomically: true, encoding: .utf8)
    try "{\"name\": \"not a template\"}".write(
      to: directory.appendingPathComponent("package.json"), atomically: true, encoding: .utf8)
    let (sets, errors) = InputLoader.load(paths: [directory.path])
    #expect(errors.isEmpty)
    #expect(sets.first?.templates.map(\.name) == [directory.appendingPathComponent("cache.yaml").path])
  }

  @Test("What cannot be read is an error that says why; the rest is still checked")
  func unreadable() throws {
    let directory = try Self.temporaryDirectory()
    let notTemplate = directory.appendingPathComponent("list.yaml")
    try "- just\n- a list\n".write(to: notTemplate, atomically: true, encoding: .utf8)
    let broken = directory.appendingPathComponent("broken.json")
    try "{\"Resources\": {".write(to: broken, atomically: true, encoding: .utf8)
    let binary = directory.appendingPathComponent("binary.template")
    try Data([0xFF, 0xFE, 0x00]).write(to: binary)
    let emptyAssembly = directory.appendingPathComponent("assembly")
    try FileManager.default.createDirectory(at: emptyAssembly, withIntermediateDirectories: true)
    try "not json".write(to: emptyAssembly.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
    let paths = [
      "/nonexistent/template.yaml", notTemplate.path, broken.path, binary.path, emptyAssembly.path,
      Fixtures.path("violations.json"),
    ]
    let (sets, errors) = InputLoader.load(paths: paths)
    #expect(
      errors.map(\.message) == [
        "No such file or directory. Check the path.",
        "Not a CloudFormation template: it has no Resources object. Give a template, or a cloud assembly directory.",
        errors.count > 2 ? errors[2].message : "",
        "The file is not UTF-8 text. Give a template in JSON or YAML.",
        "manifest.json is not a cloud assembly manifest.",
      ])
    #expect(errors[2].message.hasPrefix("Not a template: not valid YAML"))
    let run = CheckRun(sets: sets, inputErrors: errors, format: .json)
    #expect(run.status == .unreadableInput)
    #expect(run.report?.findings.isEmpty == false)
    #expect(run.messages.first == "/nonexistent/template.yaml: No such file or directory. Check the path.")
  }

  @Test("The exit status: 0 without errors, 1 with an error finding, 2 when the rules file cannot be read")
  func exitStatus() throws {
    let good = try TemplateReader.read(path: Fixtures.path("well-configured.yaml"))
    let bad = try TemplateReader.read(path: Fixtures.path("violations.json"))
    #expect(CheckRun(sets: [TemplateSet([good])], format: .text).status == .passed)
    #expect(CheckRun(sets: [TemplateSet([bad])], format: .text).status == .errorsFound)
    let missingRules = CheckRun(sets: [TemplateSet([good])], rulesFile: "/nonexistent/rules.yaml", format: .text)
    #expect(missingRules.status == .unreadableInput)
    #expect(missingRules.messages.first?.hasPrefix("/nonexistent/rules.yaml: the rules file cannot be used") == true)
  }
}
