"""README: encryption at rest with a customer managed key, and a named cache."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "CustomerManagedKey")
    vpc = ec2.Vpc(stack, "VPC")
    kms_key = kms.Key(stack, "Key")
    elasticache.ServerlessCache(
        stack, "ServerlessCache",
        engine=elasticache.CacheEngine.VALKEY_LATEST,
        serverless_cache_name="my-serverless-cache",
        vpc=vpc,
        kms_key=kms_key)
