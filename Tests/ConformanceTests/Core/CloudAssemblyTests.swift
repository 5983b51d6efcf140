import ElastiCacheCDK
import Foundation
import Testing

@Suite("Core conformance: the cloud assembly")
struct CloudAssemblyTests {
  /// The same app as `Goldens/Core/cloud-assembly/program.py`.
  private static func makeApp() -> App {
    let app = App(outdir: "unused", environment: [:])
    let platform = Stack(
      app, "CachePlatform", description: "Shared cache platform",
      tags: ["team": "platform", "Cost": "1", "b": "2", "10": "x"])
    let auditLog = CfnResource(
      platform, "AuditLog", type: "AWS::Logs::LogGroup",
      properties: ["LogGroupName": "/platform/cache/audit", "RetentionInDays": 30])
    auditLog.applyRemovalPolicy(.destroy)
    _ = CfnOutput(platform, "AuditLogArn", value: auditLog.getAtt("Arn"), description: "Where cache events are audited")

    let service = Stack(
      app, "EnrollmentService", stackName: "enrollment-prod", description: "A service that uses the shared cache",
      terminationProtection: true)
    _ = CfnResource(
      service, "AuditLogLocation", type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Name": "/enrollment-api/audit-log-arn",
        "Value": CfnValue(auditLog.getAtt("Arn")),
        "Description": "\(service.stackName) writes audit events to \(auditLog.ref) in \(service.region)",
      ])

    let regional = Stack(app, "Regional", env: Environment(account: "123456789012", region: "eu-west-1"))
    _ = CfnResource(regional, "Topic", type: "AWS::SNS::Topic")
    regional.addDependency(platform)
    Tags.of(regional).add("k", "v")
    _ = CfnOutput(regional, "Zones", value: Fn.join(",", StringListValue(regional.availabilityZones)))
    return app
  }

  private static let assemblyDirectory = Goldens.directory.appendingPathComponent("Core/cloud-assembly/assembly")

  private static func golden(_ name: String) throws -> TemplateValue {
    let text = try String(contentsOf: assemblyDirectory.appendingPathComponent(name), encoding: .utf8)
    return try TemplateValue(parsingJSON: text)
  }

  @Test("Templates match the AWS CDK's")
  func templates() throws {
    try Goldens.expectMatch(Self.makeApp(), "Core/cloud-assembly")
  }

  @Test("Every assembly file the AWS CDK writes is written, with the same values")
  func assemblyFiles() throws {
    let assembly = try Self.makeApp().synthesize()
    let written = Dictionary(uniqueKeysWithValues: assembly.files.map { ($0.name, $0.contents) })
    let goldenNames = try FileManager.default.contentsOfDirectory(atPath: Self.assemblyDirectory.path).sorted()
    #expect(Set(goldenNames).isSubset(of: Set(written.keys)), "written: \(written.keys.sorted())")
    for name in goldenNames {
      let contents = try #require(written[name], "\(name) was not written")
      let expected = Self.withoutCDKInternals(try Self.golden(name), file: name)
      let actual = Self.withoutCDKInternals(try TemplateValue(parsingJSON: contents), file: name)
      let differences = expected.differences(to: actual)
      #expect(differences.isEmpty, "\(name) differs:\n\(differences.joined(separator: "\n"))")
    }
  }

  @Test("Asset manifests are byte for byte the AWS CDK's: same template hashes and destination hashes")
  func assetManifestBytes() throws {
    let assembly = try Self.makeApp().synthesize()
    for file in assembly.files where file.name.hasSuffix(".assets.json") {
      let golden = try String(contentsOf: Self.assemblyDirectory.appendingPathComponent(file.name), encoding: .utf8)
      #expect(file.contents == golden, "\(file.name)")
    }
  }

  /// The value without what only the AWS CDK itself writes: its feature-flag report and minimum CLI
  /// version, construct creation stacks, its validation acknowledgements and its advice about its own
  /// feature flags, the library names and versions in the tree, and its `Tree` construct.
  private static func withoutCDKInternals(_ value: TemplateValue, file: String) -> TemplateValue {
    guard var object = value.objectValue else { return value }
    switch file {
    case "manifest.json":
      object["minimumCliVersion"] = nil
      if var artifacts = object["artifacts"]?.objectValue {
        artifacts["aws-cdk-lib/feature-flag-report"] = nil
        object["artifacts"] = .object(artifacts)
      }
    case "tree.json":
      object["tree"] = object["tree"].map(withoutConstructInfo)
      if var root = object["tree"]?.objectValue, var children = root["children"]?.objectValue {
        children["Tree"] = nil
        root["children"] = .object(children)
        object["tree"] = .object(root)
      }
    case let name where name.hasSuffix(".metadata.json"):
      for member in object {
        let entries = member.value.arrayValue?.filter { entry in
          let type = entry["type"]?.stringValue ?? ""
          let isFlagAdvice =
            type == "aws:cdk:warning"
            && entry["data"]?.stringValue?.hasPrefix("No cross-stack-reference strength") == true
          return !["aws:cdk:creationStack", "aws:cdk:acknowledged-rules"].contains(type) && !isFlagAdvice
        }
        object[member.key] = entries.map(TemplateValue.array)
      }
    default:
      break
    }
    return .object(object)
  }

  private static func withoutConstructInfo(_ node: TemplateValue) -> TemplateValue {
    guard var object = node.objectValue else { return node }
    object["constructInfo"] = nil
    if let children = object["children"]?.objectValue {
      object["children"] = .object(TemplateObject(children.map { ($0.key, withoutConstructInfo($0.value)) }))
    }
    return .object(object)
  }
}
