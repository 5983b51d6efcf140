import CloudFormationModel
import Constructs
import Testing

@Suite("Stacks")
struct StackTests {
  @Test("Environment-agnostic stacks use pseudo parameters; specific ones use literals")
  func environment() {
    let app = App(outdir: "unused")
    let agnostic = Stack(app, "Agnostic")
    #expect(agnostic.resolve(agnostic.account) == ["Ref": "AWS::AccountId"])
    #expect(agnostic.resolve(agnostic.region) == ["Ref": "AWS::Region"])
    #expect(agnostic.resolve(agnostic.partition) == ["Ref": "AWS::Partition"])
    #expect(agnostic.resolve(agnostic.urlSuffix) == ["Ref": "AWS::URLSuffix"])
    #expect(agnostic.isEnvironmentAgnostic)
    let specific = Stack(app, "Specific", env: Environment(account: "123456789012", region: "eu-west-1"))
    #expect(specific.resolve(specific.account) == "123456789012")
    #expect(specific.resolve(specific.region) == "eu-west-1")
    #expect(!specific.isEnvironmentAgnostic)
    #expect(
      Environment.cliDefault(["CDK_DEFAULT_ACCOUNT": "1", "CDK_DEFAULT_REGION": "r"])
        == Environment(account: "1", region: "r"))
  }

  @Test("Availability zones: two Fn::GetAZs picks when agnostic, context values or dummies when specific")
  func availabilityZones() throws {
    let agnostic = Stack(App(outdir: "unused"), "Agnostic")
    #expect(
      agnostic.availabilityZones.map { agnostic.resolve($0) } == [
        ["Fn::Select": [0, ["Fn::GetAZs": ""]]], ["Fn::Select": [1, ["Fn::GetAZs": ""]]],
      ])
    let key = "availability-zones:account=123456789012:region=eu-west-1"
    let environment = Environment(account: "123456789012", region: "eu-west-1")
    let known = Stack(App(context: [key: ["eu-west-1a", "eu-west-1b"]]), "Known", env: environment)
    #expect(known.availabilityZones == ["eu-west-1a", "eu-west-1b"])
    let unknownApp = App(outdir: "unused")
    let unknown = Stack(unknownApp, "Unknown", env: environment)
    #expect(unknown.availabilityZones == ["dummy1a", "dummy1b", "dummy1c"])
    let missing = try unknownApp.synthesize().manifest["missing"]
    #expect(missing?[0]?["key"] == .string(key))
    #expect(missing?[0]?["props"]?["dummyValue"] == ["dummy1a", "dummy1b", "dummy1c"])
  }

  @Test(
    "Stack names and artifact ids follow the AWS CDK: explicit names, ids, and paths below plain constructs",
    arguments: [
      (["Named"], "cache-prod", "cache-prod", "Named"),
      (["Plain"], nil, "Plain", "Plain"),
      (["Group", "Inner"], nil, "GroupInner92CB7A4B", "GroupInner92CB7A4B"),
    ] as [([String], String?, String, String)]
  )
  func names(path: [String], stackName: String?, expectedName: String, expectedArtifact: String) {
    var scope: Construct = App(outdir: "unused")
    for id in path.dropLast() { scope = Construct(scope, id) }
    let stack = Stack(scope, path[path.count - 1], stackName: stackName)
    #expect(stack.stackName == expectedName)
    #expect(stack.artifactID == expectedArtifact)
    #expect(stack.templateFile == "\(expectedArtifact).template.json")
  }

  @Test("Invalid stack names and descriptions are errors with the AWS CDK's messages")
  func invalidNamesAndDescriptions() {
    let app = App(outdir: "unused")
    _ = Stack(app, "Bad", stackName: "1-starts-with-digit")
    _ = Stack(app, "Long", stackName: String(repeating: "a", count: 129))
    _ = Stack(app, "Described", description: String(repeating: "d", count: 513))
    _ = Stack(app, "Fine", description: String(repeating: "d", count: 512))
    #expect(
      synthesisErrors(app) == [
        error(
          "Bad", "StackNameInvalidFormat",
          "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '1-starts-with-digit'"),
        error(
          "Long", "StackNameTooLong",
          "Stack name must be <= 128 characters. Stack name: '\(String(repeating: "a", count: 129))'"),
        error(
          "Described", "StackDescriptionTooLong",
          "Stack description must be <= 1024 bytes. Received description: '\(String(repeating: "d", count: 513))'"),
      ])
  }

  @Test("Stack dependencies are recorded with reasons and cycles are errors")
  func dependencies() {
    let app = App(outdir: "unused")
    let first = Stack(app, "First")
    let second = Stack(app, "Second")
    second.addDependency(first)
    second.addDependency(second)
    #expect(second.dependencies.map(\.stackName) == ["First"])
    first.addDependency(second)
    #expect(
      synthesisErrors(app) == [
        error(
          "First", "CyclicStackDependency",
          "Stacks depend on each other in a cycle: First -> Second -> First. Move the shared resources into one stack, "
            + "or pass values without references.")
      ])
  }

  @Test("Transforms are listed once: a single one as a string, Fn::Length's as a list")
  func transforms() throws {
    let app = App(outdir: "unused")
    let single = Stack(app, "Single")
    single.addTransform("AWS::Serverless-2016-10-31")
    let required = Stack(app, "Required")
    let list = CfnParameter(required, "List", type: "CommaDelimitedList")
    _ = CfnOutput(required, "Count", value: Fn.length(list.valueAsList).asString)
    let assembly = try app.synthesize()
    #expect(assembly.stack("Single")?.template["Transform"] == "AWS::Serverless-2016-10-31")
    #expect(assembly.stack("Required")?.template["Transform"] == ["AWS::LanguageExtensions"])
  }
}
