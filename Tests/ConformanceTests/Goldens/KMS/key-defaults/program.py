"""A key with every default."""
import aws_cdk as cdk
from aws_cdk import aws_kms as kms


def build(app):
    stack = cdk.Stack(app, "KeyDefaults")
    key = kms.Key(stack, "Key")
    cdk.CfnOutput(stack, "KeyArn", value=key.key_arn)
    cdk.CfnOutput(stack, "KeyId", value=key.key_id)
