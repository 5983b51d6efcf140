import ElastiCacheCDK
import Testing

@Suite("Core conformance: stack names")
struct StackNamesTests {
  @Test("Explicit stack names, stacks under plain constructs and descriptions match the AWS CDK")
  func stackNames() throws {
    let app = App(outdir: "unused")
    func topic(_ stack: Stack) {
      _ = CfnResource(
        stack, "Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": "\(stack.stackName) \(Aws.stackName)"])
    }
    topic(Stack(app, "Named", stackName: "cache-platform-prod", description: "An explicit stack name"))
    let group = Construct(app, "Group")
    topic(Stack(group, "Inner", description: "A stack under a plain construct"))
    topic(Stack(Construct(group, "Deeper"), "Deepest"))
    topic(Stack(app, "With-Dashes"))
    topic(Stack(group, "Named", stackName: "group-named"))

    try Goldens.expectMatch(app, "Core/stack-names")
  }
}
