"""Stack names and artifact ids: explicit names, stacks under a non-stack construct, descriptions."""
import aws_cdk as cdk
from constructs import Construct


def topic(stack):
    cdk.CfnResource(stack, "Topic", type="AWS::SNS::Topic",
                    properties={"DisplayName": f"{stack.stack_name} {cdk.Aws.STACK_NAME}"})


def build(app):
    topic(cdk.Stack(app, "Named", stack_name="cache-platform-prod", description="An explicit stack name"))
    group = Construct(app, "Group")
    topic(cdk.Stack(group, "Inner", description="A stack under a plain construct"))
    topic(cdk.Stack(Construct(group, "Deeper"), "Deepest"))
    topic(cdk.Stack(app, "With-Dashes"))
    topic(cdk.Stack(group, "Named", stack_name="group-named"))
