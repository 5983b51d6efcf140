"""An L1 serverless cache with nested property types, lists, tags, a reference and attributes."""
import aws_cdk as cdk
from aws_cdk import aws_elasticache as elasticache


def build(app):
    stack = cdk.Stack(app, "ServerlessCacheL1")
    user_group = elasticache.CfnUserGroup(
        stack, "UserGroup", engine="valkey", user_group_id="orders-users", user_ids=["default"],
    )
    cache = elasticache.CfnServerlessCache(
        stack, "Cache",
        engine="valkey",
        serverless_cache_name="orders-cache",
        description="Orders cache",
        major_engine_version="8",
        cache_usage_limits=elasticache.CfnServerlessCache.CacheUsageLimitsProperty(
            data_storage=elasticache.CfnServerlessCache.DataStorageProperty(unit="GB", maximum=10, minimum=1),
            ecpu_per_second=elasticache.CfnServerlessCache.ECPUPerSecondProperty(maximum=5000, minimum=1000),
        ),
        daily_snapshot_time="04:00",
        snapshot_retention_limit=7,
        final_snapshot_name="orders-cache-final",
        kms_key_id="arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        security_group_ids=["sg-0123456789abcdef0"],
        subnet_ids=["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
        snapshot_arns_to_restore=["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:orders-seed"],
        user_group_id=user_group.ref,
        tags=[cdk.CfnTag(key="team", value="orders"), cdk.CfnTag(key="env", value="test")],
    )
    minimal = elasticache.CfnServerlessCache(stack, "Minimal", engine="redis", serverless_cache_name="minimal-cache")
    cdk.CfnOutput(stack, "Endpoint", value=f"{cache.attr_endpoint_address}:{cache.attr_endpoint_port}")
    cdk.CfnOutput(stack, "ReaderEndpoint", value=cache.attr_reader_endpoint_address)
    cdk.CfnOutput(stack, "CacheArn", value=cache.attr_arn)
    cdk.CfnOutput(stack, "MinimalStatus", value=minimal.attr_status)
