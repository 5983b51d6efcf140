"""Tags on taggable L1 resources (standard and map formats): priorities, filters and removal."""
import aws_cdk as cdk
from aws_cdk import aws_sns as sns, aws_ssm as ssm
from constructs import Construct


def build(app):
    stack = cdk.Stack(app, "Tagged", tags={"cost-center": "1234", "owner": "platform"})
    cdk.Tags.of(stack).add("team", "platform")
    cdk.Tags.of(stack).add("environment", "production", priority=50)
    cdk.Tags.of(stack).add("only-topics", "yes", include_resource_types=["AWS::SNS::Topic"])
    cdk.Tags.of(stack).add("not-parameters", "yes", exclude_resource_types=["AWS::SSM::Parameter"])

    alerts = Construct(stack, "Alerts")
    cdk.Tags.of(alerts).add("team", "alerts")
    cdk.Tags.of(alerts).add("environment", "staging", priority=10)
    sns.CfnTopic(alerts, "Topic", display_name="Alerts", tags=[
        cdk.CfnTag(key="secret", value="remove-me"),
        cdk.CfnTag(key="initial", value="from-props"),
        cdk.CfnTag(key="team", value="initial-loses"),
    ])
    sns.CfnTopic(alerts, "Untagged", tags=[cdk.CfnTag(key="Name", value="untagged")])
    cdk.Tags.of(alerts).remove("secret")
    cdk.Tags.of(alerts).remove("Name", include_resource_types=["AWS::SSM::Parameter"])

    settings = Construct(stack, "Settings")
    ssm.CfnParameter(settings, "Parameter", type="String", value="v",
                     tags={"initial": "from-props", "b-key": "b", "A-key": "a", "_under": "u", "10": "ten", "9": "nine"})
    ssm.CfnParameter(settings, "Plain", type="String", value="plain")
    cdk.Tags.of(settings).add("team", "settings", priority=300)
    cdk.Tags.of(settings).add("Zeta", "z")
    cdk.Tags.of(settings).add("alpha", "a")
    cdk.Tags.of(settings).remove("owner", priority=300)
    cdk.Tags.of(settings).add("owner", "low-priority-loses", priority=250)

    cdk.CfnResource(stack, "NotTaggable", type="AWS::SQS::Queue")
