"""Outputs with descriptions, conditions and export names, literal and deploy-time."""
import aws_cdk as cdk
from aws_cdk import Aws, Fn
from constructs import Construct


def build(app):
    stack = cdk.Stack(app, "Outputs", description="Outputs and exports")
    stage = cdk.CfnParameter(stack, "Stage", default="dev")
    has_queue = cdk.CfnCondition(stack, "HasQueue", expression=Fn.condition_equals(stage.value_as_string, "prod"))
    topic = cdk.CfnResource(stack, "Topic", type="AWS::SNS::Topic", properties={"DisplayName": "Alerts"})
    queue = cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={"VisibilityTimeout": 60})
    queue.cfn_options.condition = has_queue

    cdk.CfnOutput(stack, "TopicArn", value=topic.ref, description="The alerts topic",
                  export_name="outputs-topic-arn")
    cdk.CfnOutput(stack, "TopicName", value=topic.get_att("TopicName").to_string(),
                  export_name=f"{Aws.STACK_NAME}-TopicName")
    cdk.CfnOutput(stack, "QueueUrl", value=queue.ref, condition=has_queue,
                  description="Only in production", export_name=Fn.sub("${AWS::StackName}-${Stage}-queue-url"))
    cdk.CfnOutput(stack, "QueueArn", value=queue.get_att("Arn").to_string(), condition=has_queue,
                  export_name=Fn.join("-", [stage.value_as_string, "queue", "arn"]))
    cdk.CfnOutput(stack, "Imported", value=Fn.import_value("shared-value"))
    cdk.CfnOutput(stack, "Literal", value="plain text", description="A literal value")
    cdk.CfnOutput(stack, "Joined.Value-With_Symbols", value=f"{topic.ref}|{Aws.REGION}|{Aws.ACCOUNT_ID}")
    group = Construct(stack, "Group")
    cdk.CfnOutput(Construct(group, "Inner"), "Url", value=f"https://{topic.get_att('TopicName').to_string()}.example.com",
                  description="Nested output")
    cdk.CfnOutput(group, "Default", value=stage.value_as_string, export_name="outputs-stage")
