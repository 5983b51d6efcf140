"""Escape hatches: property overrides, overrides that merge objects, deletion overrides, escaped dots."""
import aws_cdk as cdk


def build(app):
    stack = cdk.Stack(app, "Overrides")
    dead_letters = cdk.CfnResource(stack, "DeadLetters", type="AWS::SQS::Queue")
    queue = cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={
        "QueueName": "orders",
        "VisibilityTimeout": 30,
        "RedrivePolicy": {"deadLetterTargetArn": dead_letters.get_att("Arn").to_string(), "maxReceiveCount": 3},
        "Tags": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}],
    })
    queue.add_property_override("VisibilityTimeout", 60)
    queue.add_property_override("RedrivePolicy.maxReceiveCount", 5)
    queue.add_property_override("Tags.1.Value", "two")
    queue.add_override("Properties.KmsMasterKeyId", "alias/aws/sqs")
    queue.add_override("Properties.RedriveAllowPolicy", {"redrivePermission": "denyAll"})
    queue.add_override("Properties.RedriveAllowPolicy.extra", "kept")
    queue.add_property_deletion_override("QueueName")
    queue.add_override("Metadata.Owner\\.Team", "platform")
    queue.add_override("UpdateReplacePolicy", "Retain")

    merged = cdk.CfnResource(stack, "Merged", type="AWS::SNS::Topic", properties={
        "DisplayName": "d", "DeliveryStatusLogging": [{"Protocol": "sqs"}],
    })
    merged.add_override("Properties", {"TopicName": "merged", "FifoTopic": False})
    merged.add_override("Properties.ArchivePolicy", {"MessageRetentionPeriod": "7"})
    merged.add_property_override("ArchivePolicy.MessageRetentionPeriod", "14")
    merged.add_deletion_override("Properties.DeliveryStatusLogging")
    merged.add_override("DependsOn", ["Queue"])

    emptied = cdk.CfnResource(stack, "Emptied", type="AWS::SNS::Topic", properties={"DisplayName": "gone"})
    emptied.add_property_deletion_override("DisplayName")

    nested = cdk.CfnResource(stack, "Nested", type="AWS::SQS::Queue", properties={
        "RedrivePolicy": {"deadLetterTargetArn": dead_letters.get_att("Arn").to_string()},
    })
    nested.add_property_deletion_override("RedrivePolicy.deadLetterTargetArn")
    nested.add_property_override("DelaySeconds", cdk.Fn.ref("AWS::NoValue"))
    nested.add_property_override("QueueName", cdk.Fn.join("-", [cdk.Aws.STACK_NAME, queue.get_att("QueueName").to_string()]))
    nested.add_metadata("cfn_nag", {"rules_to_suppress": [{"id": "W48"}]})
