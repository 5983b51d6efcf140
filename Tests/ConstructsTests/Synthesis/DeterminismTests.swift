import Constructs
import Foundation
import Testing

@Suite("Deterministic output")
struct DeterminismTests {
  /// An app with a little of everything: stacks, references, tags, parameters, lazy values.
  private static func makeApp(outdir: String) -> App {
    let app = App(outdir: outdir)
    let network = Stack(app, "Network", tags: ["b": "2", "a": "1"])
    let vpc = CfnResource(network, "Vpc", type: "AWS::EC2::VPC", properties: ["CidrBlock": "10.0.0.0/16"])
    let service = Stack(app, "Service", env: Environment(region: nil))
    let parameter = CfnParameter(service, "Stage", default: "dev")
    let topic = CfnResource(
      service, "Topic", type: "AWS::SNS::Topic",
      properties: ["DisplayName": "\(parameter.valueAsString)-\(vpc.ref)"],
      tags: TagManager(format: .standard, resourceType: "AWS::SNS::Topic", initialTags: ["z": "1", "y": "2", "x": "3"]))
    Tags.of(app).add("team", "platform")
    _ = CfnOutput(service, "Count", value: Lazy.string { "\(service.node.children.count)" })
    topic.addDependency(CfnResource(service, "Queue", type: "AWS::SQS::Queue"))
    return app
  }

  private static func files(in directory: String) throws -> [String: Data] {
    var contents: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
      contents[name] = try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name))
    }
    return contents
  }

  @Test("Two apps built alike write byte-identical assemblies")
  func twoApps() throws {
    let first = temporaryDirectoryPath() + "-1"
    let second = temporaryDirectoryPath() + "-2"
    try Self.makeApp(outdir: first).synth()
    try Self.makeApp(outdir: second).synth()
    let firstFiles = try Self.files(in: first)
    #expect(
      firstFiles.keys.sorted() == [
        "Network.assets.json", "Network.metadata.json", "Network.template.json", "Service.assets.json",
        "Service.metadata.json", "Service.template.json", "cdk.out", "manifest.json", "tree.json",
      ])
    #expect(firstFiles == (try Self.files(in: second)))
  }

  @Test("Synthesizing the same app twice writes the same bytes")
  func sameAppTwice() throws {
    let app = Self.makeApp(outdir: temporaryDirectoryPath())
    let first = try app.synthesize()
    let second = try app.synthesize()
    #expect(first.files.map(\.name) == second.files.map(\.name))
    #expect(first.files.map(\.contents) == second.files.map(\.contents))
  }
}
