"""Secrets defined elsewhere, imported by name and by complete ARN, read and written by a role; one grant is
limited to a version stage. An imported secret's value goes into a resource as a dynamic reference."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_secretsmanager as secretsmanager


def build(app):
    stack = cdk.Stack(app, "ImportedSecrets")
    role = iam.Role(stack, "ServiceRole", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
    by_name = secretsmanager.Secret.from_secret_name_v2(stack, "ByName", "platform/cache/admin")
    by_arn = secretsmanager.Secret.from_secret_complete_arn(
        stack, "ByArn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/api-key-AbCdEf")
    by_name.grant_read(role)
    by_arn.grant_read(role, version_stages=["AWSCURRENT"])
    by_arn.grant_write(role)
    cdk.CfnResource(
        stack, "Consumer", type="AWS::SSM::Parameter",
        properties={"Type": "String", "Value": by_name.secret_value_from_json("endpoint").unsafe_unwrap()},
    )
    cdk.CfnOutput(stack, "ByNameArn", value=by_name.secret_arn)
    cdk.CfnOutput(stack, "ByArnName", value=by_arn.secret_name)
