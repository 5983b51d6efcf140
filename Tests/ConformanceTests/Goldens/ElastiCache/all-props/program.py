"""RFC: a cache using all possible construct props, with its user group, key and security group."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from aws_cdk import aws_kms as kms
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "AllPropsCache")
    vpc = ec2.Vpc(stack, "Vpc", subnet_configuration=[
        ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    ])
    security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
    key = kms.Key(stack, "Key")
    default_user = elasticache.NoPasswordUser(
        stack, "DefaultUser", engine=elasticache.UserEngine.REDIS, user_id="new-default", user_name="default",
        access_control=elasticache.AccessControl.from_access_string("off -@all"))
    user_group = elasticache.UserGroup(stack, "UserGroup", engine=elasticache.UserEngine.REDIS,
                                       user_group_name="user-group", users=[default_user])
    elasticache.ServerlessCache(
        stack, "ServerlessCache",
        engine=elasticache.CacheEngine.REDIS_LATEST,
        serverless_cache_name="serverless-cache-test",
        description="Test cache with all properties",
        cache_usage_limits=elasticache.CacheUsageLimitsProperty(
            data_storage_minimum_size=cdk.Size.gibibytes(1),
            data_storage_maximum_size=cdk.Size.gibibytes(10),
            request_rate_limit_minimum=1000,
            request_rate_limit_maximum=5000),
        backup=elasticache.BackupSettings(
            backup_time=events.Schedule.cron(minute="0", hour="4"),
            backup_retention_limit=7,
            backup_name_before_deletion="serverless-cache-before-deletion",
            backup_arns_to_restore=["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:my-snapshot-1"]),
        kms_key=key,
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        security_groups=[security_group],
        user_group=user_group)
