"""README: cache usage limits on data storage and ECPU per second."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "UsageLimits")
    vpc = ec2.Vpc(stack, "VPC")
    elasticache.ServerlessCache(
        stack, "ServerlessCache",
        engine=elasticache.CacheEngine.VALKEY_LATEST,
        vpc=vpc,
        cache_usage_limits=elasticache.CacheUsageLimitsProperty(
            data_storage_minimum_size=cdk.Size.gibibytes(2),
            data_storage_maximum_size=cdk.Size.gibibytes(3),
            request_rate_limit_minimum=1000,
            request_rate_limit_maximum=10000))
    elasticache.ServerlessCache(
        stack, "StorageOnly", vpc=vpc,
        cache_usage_limits=elasticache.CacheUsageLimitsProperty(data_storage_maximum_size=cdk.Size.gibibytes(100)))
