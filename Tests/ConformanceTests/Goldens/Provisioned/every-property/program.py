"""Every property with L1 classes: a Redis OSS 7.1 replication group on r6gd nodes (data tiering) with two
replicas in given zones, a given subnet group, parameter group and security group, RBAC with a user group
of a closed default user and an IAM user, a customer managed key, the slow log to a log group and the
engine log to Kinesis Data Firehose, dual-stack networking, notifications, snapshots, a restore, tags and
a retained replication group."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache as elasticache
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs


def build(app):
    stack = cdk.Stack(app, "EveryProperty")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=3)
    key = kms.Key(stack, "Key")
    cache_sg = ec2.CfnSecurityGroup(
        stack, "CacheSecurityGroup", group_description="Orders cache", vpc_id=vpc.vpc_id,
        security_group_egress=[
            ec2.CfnSecurityGroup.EgressProperty(
                ip_protocol="-1", cidr_ip="0.0.0.0/0", description="Allow all outbound traffic by default",
            ),
        ],
    )
    subnets = elasticache.CfnSubnetGroup(
        stack, "Subnets", description="Orders cache subnets", cache_subnet_group_name="orders-cache-subnets",
        subnet_ids=[subnet.subnet_id for subnet in vpc.private_subnets],
    )
    parameters = elasticache.CfnParameterGroup(
        stack, "Parameters", cache_parameter_group_family="redis7", description="Orders cache parameters",
        properties={"maxmemory-policy": "allkeys-lfu", "timeout": "300"},
    )
    default_user = elasticache.CfnUser(
        stack, "DefaultUser", engine="redis", user_id="orders-default", user_name="default",
        access_string="off -@all", authentication_mode={"Type": "no-password-required"}, no_password_required=True,
    )
    reporting = elasticache.CfnUser(
        stack, "Reporting", engine="redis", user_id="reporting", user_name="reporting",
        access_string="on ~orders:* +@read", authentication_mode={"Type": "iam"}, no_password_required=False,
    )
    users = elasticache.CfnUserGroup(
        stack, "Users", engine="redis", user_group_id="orders-users", user_ids=["orders-default", "reporting"],
    )
    users.node.add_dependency(default_user)
    users.node.add_dependency(reporting)
    slow_log = logs.CfnLogGroup(stack, "SlowLog", retention_in_days=30)
    slow_log.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
    Group = elasticache.CfnReplicationGroup
    group = Group(
        stack, "ReplicationGroup",
        replication_group_description="Orders cache",
        replication_group_id="orders-cache",
        engine="redis",
        engine_version="7.1",
        cache_node_type="cache.r6gd.xlarge",
        data_tiering_enabled=True,
        num_cache_clusters=3,
        preferred_cache_cluster_a_zs=["us-east-1a", "us-east-1b", "us-east-1c"],
        multi_az_enabled=True,
        automatic_failover_enabled=True,
        port=6380,
        transit_encryption_enabled=True,
        transit_encryption_mode="required",
        at_rest_encryption_enabled=True,
        kms_key_id=key.key_id,
        user_group_ids=["orders-users"],
        cache_parameter_group_name=parameters.ref,
        cache_subnet_group_name=subnets.ref,
        security_group_ids=[cache_sg.attr_group_id],
        snapshot_retention_limit=14,
        snapshot_window="02:00-03:30",
        preferred_maintenance_window="sat:22:00-sun:00:30",
        auto_minor_version_upgrade=True,
        notification_topic_arn="arn:aws:sns:us-east-1:123456789012:orders-cache-events",
        log_delivery_configurations=[
            Group.LogDeliveryConfigurationRequestProperty(
                destination_details=Group.DestinationDetailsProperty(
                    cloud_watch_logs_details=Group.CloudWatchLogsDestinationDetailsProperty(log_group=slow_log.ref),
                ),
                destination_type="cloudwatch-logs", log_format="json", log_type="slow-log",
            ),
            Group.LogDeliveryConfigurationRequestProperty(
                destination_details=Group.DestinationDetailsProperty(
                    kinesis_firehose_details=Group.KinesisFirehoseDestinationDetailsProperty(
                        delivery_stream="orders-cache-engine-log",
                    ),
                ),
                destination_type="kinesis-firehose", log_format="text", log_type="engine-log",
            ),
        ],
        network_type="dual_stack",
        ip_discovery="ipv6",
        snapshot_name="orders-cache-before-migration",
        tags=[cdk.CfnTag(key="team", value="orders")],
    )
    group.node.add_dependency(users)
    group.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
