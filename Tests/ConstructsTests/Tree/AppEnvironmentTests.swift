import CloudFormationModel
import Constructs
import Foundation
import Testing

@Suite("The app's environment: CDK_OUTDIR and CDK_CONTEXT_JSON")
struct AppEnvironmentTests {
  @Test("The output directory comes from the argument, else CDK_OUTDIR, else cdk.out")
  func outputDirectory() {
    #expect(App(environment: [:]).outdir == "cdk.out")
    #expect(App(environment: ["CDK_OUTDIR": "build/from-cli"]).outdir == "build/from-cli")
    #expect(App(outdir: "explicit", environment: ["CDK_OUTDIR": "build/from-cli"]).outdir == "explicit")
  }

  @Test("CDK_CONTEXT_JSON sets context visible everywhere in the tree; explicit context wins")
  func contextFromJSON() {
    let app = App(
      context: ["explicit": "yes", "shared": "explicit"],
      environment: ["CDK_CONTEXT_JSON": #"{"shared": "from-cli", "number": 3, "flag": true}"#]
    )
    let leaf = Construct(Stack(app, "Stack"), "Leaf")
    #expect(leaf.node.tryGetContext("number") == 3)
    #expect(leaf.node.tryGetContext("flag") == true)
    #expect(leaf.node.tryGetContext("shared") == "explicit")
    #expect(leaf.node.tryGetContext("explicit") == "yes")
    #expect(leaf.node.tryGetContext("absent") == nil)
  }

  @Test("Context the CDK CLI passes shapes synthesis: path metadata appears only when enabled")
  func pathMetadataContext() throws {
    func metadata(_ environment: [String: String]) throws -> TemplateValue? {
      let app = App(environment: environment)
      let stack = Stack(app, "Stack")
      _ = CfnResource(stack, "Topic", type: "AWS::SNS::Topic")
      let assembly = try app.synthesize()
      return assembly.stack("Stack")?.template["Resources"]?["Topic"]?["Metadata"]
    }
    #expect(try metadata([:]) == nil)
    #expect(
      try metadata(["CDK_CONTEXT_JSON": #"{"aws:cdk:enable-path-metadata": true}"#]) == ["aws:cdk:path": "Stack/Topic"])
  }

  @Test("Context that is not a JSON object is an error of the app")
  func invalidContext() {
    #expect(
      synthesisErrors(App(environment: ["CDK_CONTEXT_JSON": "[1, 2]"])) == [
        error("", "InvalidContext", "CDK_CONTEXT_JSON must hold a JSON object of context values.")
      ])
    #expect(
      synthesisErrors(App(environment: ["CDK_CONTEXT_JSON": "{oops"])) == [
        error(
          "", "InvalidContext", "CDK_CONTEXT_JSON is not valid JSON: Invalid JSON at byte 1: expected a member name")
      ])
  }

  @Test("Context too large for the environment is read from CDK_CONTEXT_OVERFLOW_LOCATION")
  func contextOverflowFile() throws {
    let path = temporaryDirectoryPath() + ".json"
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(#"{"big": "value"}"#.utf8).write(to: URL(fileURLWithPath: path))
    let app = App(environment: ["CDK_CONTEXT_OVERFLOW_LOCATION": path])
    #expect(app.node.tryGetContext("big") == "value")
  }
}
