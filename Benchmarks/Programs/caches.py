"""The `caches` benchmark workload for the AWS CDK: 100 serverless caches, 300 users, 100 user groups."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    network = cdk.Stack(app, "Network")
    vpc = ec2.Vpc(network, "Vpc")
    for stack_index in range(4):
        stack = cdk.Stack(app, f"Caches{stack_index}")
        role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        for index in range(25):
            number = stack_index * 25 + index
            default_user = elasticache.NoPasswordUser(
                stack, f"DefaultUser{number}", engine=elasticache.UserEngine.REDIS, user_id=f"default-{number}",
                user_name="default", access_control=elasticache.AccessControl.from_access_string("off -@all"))
            reader = elasticache.IamUser(
                stack, f"Reader{number}", engine=elasticache.UserEngine.REDIS, user_id=f"reader-{number}",
                access_control=elasticache.AccessControl.from_access_string("on ~app:* +@read"))
            writer = elasticache.PasswordUser(
                stack, f"Writer{number}", engine=elasticache.UserEngine.REDIS, user_id=f"writer-{number}",
                access_control=elasticache.AccessControl.from_access_string("on ~app:* +@all"),
                passwords=[cdk.SecretValue.secrets_manager(f"cache/writer-{number}", json_field="password")])
            group = elasticache.UserGroup(stack, f"Group{number}", engine=elasticache.UserEngine.REDIS,
                                          users=[default_user, reader, writer])
            cache = elasticache.ServerlessCache(
                stack, f"Cache{number}", vpc=vpc, engine=elasticache.CacheEngine.REDIS_7,
                description=f"Cache number {number}",
                cache_usage_limits=elasticache.CacheUsageLimitsProperty(
                    data_storage_maximum_size=cdk.Size.gibibytes(10), request_rate_limit_maximum=5000),
                backup=elasticache.BackupSettings(backup_time=events.Schedule.cron(minute="0", hour="4"),
                                                  backup_retention_limit=7),
                user_group=group)
            cache.grant_connect(role)
            reader.grant_connect(role)
            cache.metric_processing_units_consumed().create_alarm(stack, f"Ecpu{number}", threshold=1000,
                                                                  evaluation_periods=3)
