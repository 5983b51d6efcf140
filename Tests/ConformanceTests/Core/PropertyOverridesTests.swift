import ElastiCacheCDK
import Testing

@Suite("Core conformance: property overrides")
struct PropertyOverridesTests {
  @Test("Overrides merge into the rendered resource, deletions remove emptied objects, escaped dots stay in keys")
  func propertyOverrides() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Overrides")
    let deadLetters = CfnResource(stack, "DeadLetters", type: "AWS::SQS::Queue")
    let queue = CfnResource(
      stack,
      "Queue",
      type: "AWS::SQS::Queue",
      properties: [
        "QueueName": "orders",
        "VisibilityTimeout": 30,
        "RedrivePolicy": ["deadLetterTargetArn": CfnValue(deadLetters.getAtt("Arn")), "maxReceiveCount": 3],
        "Tags": [["Key": "a", "Value": "1"], ["Key": "b", "Value": "2"]],
      ]
    )
    queue.addPropertyOverride("VisibilityTimeout", 60)
    queue.addPropertyOverride("RedrivePolicy.maxReceiveCount", 5)
    queue.addPropertyOverride("Tags.1.Value", "two")
    queue.addOverride("Properties.KmsMasterKeyId", "alias/aws/sqs")
    queue.addOverride("Properties.RedriveAllowPolicy", ["redrivePermission": "denyAll"])
    queue.addOverride("Properties.RedriveAllowPolicy.extra", "kept")
    queue.addPropertyDeletionOverride("QueueName")
    queue.addOverride("Metadata.Owner\\.Team", "platform")
    queue.addOverride("UpdateReplacePolicy", "Retain")

    let merged = CfnResource(
      stack,
      "Merged",
      type: "AWS::SNS::Topic",
      properties: ["DisplayName": "d", "DeliveryStatusLogging": [["Protocol": "sqs"]]]
    )
    merged.addOverride("Properties", ["TopicName": "merged", "FifoTopic": false])
    merged.addOverride("Properties.ArchivePolicy", ["MessageRetentionPeriod": "7"])
    merged.addPropertyOverride("ArchivePolicy.MessageRetentionPeriod", "14")
    merged.addDeletionOverride("Properties.DeliveryStatusLogging")
    merged.addOverride("DependsOn", ["Queue"])

    let emptied = CfnResource(stack, "Emptied", type: "AWS::SNS::Topic", properties: ["DisplayName": "gone"])
    emptied.addPropertyDeletionOverride("DisplayName")

    let nested = CfnResource(
      stack,
      "Nested",
      type: "AWS::SQS::Queue",
      properties: ["RedrivePolicy": ["deadLetterTargetArn": CfnValue(deadLetters.getAtt("Arn"))]]
    )
    nested.addPropertyDeletionOverride("RedrivePolicy.deadLetterTargetArn")
    nested.addPropertyOverride("DelaySeconds", CfnValue(Fn.ref("AWS::NoValue")))
    nested.addPropertyOverride("QueueName", CfnValue(Fn.join("-", [Aws.stackName, queue.getAtt("QueueName")])))
    nested.addMetadata("cfn_nag", ["rules_to_suppress": [["id": "W48"]]])

    try Goldens.expectMatch(app, "Core/property-overrides")
  }
}
