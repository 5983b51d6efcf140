"""A key with aliases, rotation and a description, used by a role in another stack."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms


def build(app):
    platform = cdk.Stack(app, "KeyPlatform")
    key = kms.Key(
        platform, "CacheKey",
        alias="cache-key",
        enable_key_rotation=True,
        description="Encrypts the shared caches",
        removal_policy=cdk.RemovalPolicy.DESTROY,
        pending_window=cdk.Duration.days(7),
    )
    key.add_alias("alias/cache-key-2")
    service = cdk.Stack(app, "KeyConsumer")
    role = iam.Role(service, "ServiceRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    key.grant_encrypt_decrypt(role)
    key.grant(role, "kms:DescribeKey")
