"""A key imported by ARN, granted to a role: only the role's policy changes."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms


def build(app):
    stack = cdk.Stack(app, "ImportedKey")
    key = kms.Key.from_key_arn(
        stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    key.grant_decrypt(role)
    key.grant_encrypt(role)
    key.add_alias("imported-alias")
    cdk.CfnOutput(stack, "KeyId", value=key.key_id)
