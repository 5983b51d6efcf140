"""The upstream integration test: an env-specific stack with removal policies, limits, backups and a client SG."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "aws-cdk-serverless-cache", env=cdk.Environment(region="us-east-1"))
    vpc = ec2.Vpc(stack, "VPC")
    key = kms.Key(stack, "Key")
    security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
    user = elasticache.IamUser(stack, "User", user_id="user",
                               access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    user_group = elasticache.UserGroup(stack, "UserGroup", users=[user], user_group_name="usergroup")
    cache = elasticache.ServerlessCache(
        stack, "Cache", description="Serverless cache", engine=elasticache.CacheEngine.VALKEY_8,
        serverless_cache_name="serverlesscache", kms_key=key, vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        security_groups=[security_group], user_group=user_group,
        backup=elasticache.BackupSettings(backup_retention_limit=2, backup_name_before_deletion="last-snapshot-name"),
        cache_usage_limits=elasticache.CacheUsageLimitsProperty(
            data_storage_minimum_size=cdk.Size.gibibytes(1), data_storage_maximum_size=cdk.Size.gibibytes(1),
            request_rate_limit_minimum=1000, request_rate_limit_maximum=2000))
    for resource in (user, user_group, cache):
        resource.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
    client = ec2.SecurityGroup(stack, "ClientSG", vpc=vpc)
    client.connections.allow_to_default_port(cache)
