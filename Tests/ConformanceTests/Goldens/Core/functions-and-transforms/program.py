"""Functions the AWS CDK evaluates or rewrites at synthesis, and the transform some of them need."""
import aws_cdk as cdk
import jsii
from aws_cdk import ArnFormat, Aws, Fn, Lazy


@jsii.implements(cdk.IStableNumberProducer)
class Seven:
    def produce(self):
        return 7


@jsii.implements(cdk.IStableAnyProducer)
class Document:
    def __init__(self, value):
        self.value = value

    def produce(self):
        return {"key": self.value}


def build(app):
    stack = cdk.Stack(app, "Functions")
    zones = cdk.CfnParameter(stack, "Zones", type="CommaDelimitedList", default="a,b")
    name = cdk.CfnParameter(stack, "Name", default="cache")
    # More than ten conditions are nested in groups of ten.
    many = cdk.CfnCondition(stack, "AnyKnownName", expression=Fn.condition_or(
        *[Fn.condition_equals(name.value_as_string, f"name-{i}") for i in range(12)]))
    cdk.CfnResource(stack, "Joined", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Value": Fn.join("-", ["a", cdk.Token.as_string(Lazy.number(Seven())), "b", name.value_as_string]),
        "Description": Fn.to_json_string({"a": name.value_as_string, "b": [1, 2.5, True, None], "c": "x\"y"}),
        "Name": Fn.to_json_string({"plain": 1, "nested": {"list": ["x"]}}),
        "AllowedPattern": Fn.select(1, Fn.split("", "abc")),
    }).cfn_options.condition = many
    cdk.CfnResource(stack, "Counted", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Value": Fn.to_json_string(Lazy.any(Document(name.value_as_string))),
        "Description": cdk.Token.as_string(Fn.len(zones.value_as_list)),
    })
    cdk.CfnOutput(stack, "LiteralLength", value=str(Fn.len(["a", "b", "c"])))
    # ARNs whose resource part holds deploy-time values, and unusual resource parts.
    token_bucket = stack.split_arn(f"arn:aws:s3:::{name.value_as_string}/key/more", ArnFormat.SLASH_RESOURCE_NAME)
    token_group = stack.split_arn(f"arn:{Aws.PARTITION}:logs:us-east-1:123456789012:log-group:{name.value_as_string}:x",
                                  ArnFormat.COLON_RESOURCE_NAME)
    empty_name = stack.split_arn("arn:aws:s3:::type/:rest", ArnFormat.SLASH_RESOURCE_NAME)
    no_name = stack.split_arn("arn:aws:s3:::a/b:rest", ArnFormat.NO_RESOURCE_NAME)
    leading_slash = stack.split_arn("arn:aws:apigateway:us-east-1::/restapis", ArnFormat.SLASH_RESOURCE_NAME)
    cdk.CfnOutput(stack, "TokenBucket", value=f"{token_bucket.resource}|{token_bucket.resource_name}")
    cdk.CfnOutput(stack, "TokenGroup", value=f"{token_group.resource}|{token_group.resource_name}|{token_group.partition}")
    cdk.CfnOutput(stack, "EmptyName", value=f"{empty_name.resource}|{empty_name.resource_name}")
    cdk.CfnOutput(stack, "NoName", value=f"{no_name.resource}|{no_name.resource_name}")
    cdk.CfnOutput(stack, "LeadingSlash", value=f"{leading_slash.resource}|{leading_slash.resource_name}")
