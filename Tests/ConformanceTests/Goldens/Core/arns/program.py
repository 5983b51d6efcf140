"""ARNs in an environment-specific and an environment-agnostic stack: formatArn and splitArn."""
import aws_cdk as cdk
from aws_cdk import Aws, ArnComponents, ArnFormat


def policy_document(arns):
    return {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": ["elasticache:DescribeServerlessCaches"], "Resource": arns,
    }]}


def format_arns(stack, name_param):
    return [
        stack.format_arn(service="elasticache", resource="serverlesscache", resource_name="my-cache",
                         arn_format=ArnFormat.COLON_RESOURCE_NAME),
        stack.format_arn(service="ecs", resource="cluster", resource_name="my-cluster",
                         arn_format=ArnFormat.SLASH_RESOURCE_NAME),
        stack.format_arn(service="apigateway", account="", resource="restapis", resource_name="abc123",
                         arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME),
        stack.format_arn(service="sns", resource="alerts", arn_format=ArnFormat.NO_RESOURCE_NAME),
        stack.format_arn(service="s3", region="", account="", resource="my-bucket", resource_name="*"),
        stack.format_arn(service="iam", region="", resource="role", resource_name=name_param.value_as_string),
        stack.format_arn(partition="aws-cn", service="dynamodb", region="cn-north-1", account="111111111111",
                         resource="table", resource_name="Orders"),
        stack.format_arn(service="logs", resource="log-group", resource_name=f"/app/{Aws.STACK_NAME}:*",
                         arn_format=ArnFormat.COLON_RESOURCE_NAME),
    ]


def split_arns(stack, arn_param):
    literal = stack.split_arn("arn:aws:elasticache:us-east-1:123456789012:serverlesscache:my-cache",
                              ArnFormat.COLON_RESOURCE_NAME)
    nested = stack.split_arn("arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod",
                             ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME)
    colon_and_slash = stack.split_arn("arn:aws:logs:us-east-1:123456789012:log-group:/app/x:*",
                                      ArnFormat.COLON_RESOURCE_NAME)
    token = stack.split_arn(arn_param.value_as_string, ArnFormat.SLASH_RESOURCE_NAME)
    token_colon = stack.split_arn(arn_param.value_as_string, ArnFormat.COLON_RESOURCE_NAME)
    token_nested = stack.split_arn(arn_param.value_as_string, ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME)
    token_plain = stack.split_arn(arn_param.value_as_string, ArnFormat.NO_RESOURCE_NAME)
    cdk.CfnResource(stack, "Parsed", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Name": f"/arns/{literal.resource}/{literal.resource_name}",
        "Value": f"{literal.partition}|{literal.service}|{literal.region}|{literal.account}",
        "Description": f"{nested.resource}|{nested.resource_name}|{colon_and_slash.resource_name}",
    })
    cdk.CfnResource(stack, "ParsedToken", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Name": token.resource_name,
        "Value": f"{token.partition}|{token.service}|{token.region}|{token.account}|{token.resource}",
        "Description": f"{token_colon.resource}:{token_colon.resource_name}|{token_nested.resource}|"
                       f"{token_nested.resource_name}|{token_plain.resource}",
    })
    # A formatted ARN split again.
    again = stack.split_arn(stack.format_arn(service="sqs", resource="queue-name",
                                             arn_format=ArnFormat.NO_RESOURCE_NAME), ArnFormat.NO_RESOURCE_NAME)
    cdk.CfnOutput(stack, "SplitAgain", value=f"{again.region}/{again.account}/{again.resource}")


def build(app):
    for stack in [
        cdk.Stack(app, "Specific", env=cdk.Environment(account="123456789012", region="eu-west-1")),
        cdk.Stack(app, "Agnostic"),
        cdk.Stack(app, "RegionOnly", env=cdk.Environment(region="us-west-2")),
    ]:
        name = cdk.CfnParameter(stack, "RoleName", default="app-role")
        arn = cdk.CfnParameter(stack, "QueueArn", default="arn:aws:sqs:us-east-1:123456789012:queue/q")
        cdk.CfnResource(stack, "Policy", type="AWS::IAM::ManagedPolicy", properties={
            "PolicyDocument": policy_document(format_arns(stack, name)),
        })
        split_arns(stack, arn)
        cdk.CfnOutput(stack, "Environment", value=f"{stack.account}/{stack.region}/{stack.partition}/{stack.url_suffix}")
