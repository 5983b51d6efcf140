import ElastiCacheCDK
import Testing

@Suite("Core conformance: outputs and exports")
struct OutputsAndExportsTests {
  @Test("Outputs carry descriptions, conditions and literal or deploy-time export names")
  func outputsAndExports() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Outputs", description: "Outputs and exports")
    let stage = CfnParameter(stack, "Stage", default: "dev")
    let hasQueue = CfnCondition(
      stack, "HasQueue", expression: Fn.conditionEquals(CfnValue(stage.valueAsString), "prod"))
    let topic = CfnResource(stack, "Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": "Alerts"])
    let queue = CfnResource(stack, "Queue", type: "AWS::SQS::Queue", properties: ["VisibilityTimeout": 60])
    queue.condition = hasQueue

    _ = CfnOutput(stack, "TopicArn", value: topic.ref, description: "The alerts topic", exportName: "outputs-topic-arn")
    _ = CfnOutput(stack, "TopicName", value: topic.getAtt("TopicName"), exportName: "\(Aws.stackName)-TopicName")
    _ = CfnOutput(
      stack,
      "QueueUrl",
      value: queue.ref,
      description: "Only in production",
      exportName: Fn.sub("${AWS::StackName}-${Stage}-queue-url"),
      condition: hasQueue
    )
    _ = CfnOutput(
      stack,
      "QueueArn",
      value: queue.getAtt("Arn"),
      exportName: Fn.join("-", [stage.valueAsString, "queue", "arn"]),
      condition: hasQueue
    )
    _ = CfnOutput(stack, "Imported", value: Fn.importValue("shared-value"))
    _ = CfnOutput(stack, "Literal", value: "plain text", description: "A literal value")
    _ = CfnOutput(stack, "Joined.Value-With_Symbols", value: "\(topic.ref)|\(Aws.region)|\(Aws.accountID)")
    let group = Construct(stack, "Group")
    _ = CfnOutput(
      Construct(group, "Inner"),
      "Url",
      value: "https://\(topic.getAtt("TopicName")).example.com",
      description: "Nested output"
    )
    _ = CfnOutput(group, "Default", value: stage.valueAsString, exportName: "outputs-stage")

    try Goldens.expectMatch(app, "Core/outputs-and-exports")
  }
}
