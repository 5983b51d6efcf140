"""Cluster mode enabled with L1 classes: Valkey 8.2 in three shards of two replicas, with an AUTH token from
Secrets Manager, a customer managed key, daily snapshots, a maintenance window and the slow log delivered
to a log group, opened to an application's security group."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache as elasticache
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs


def build(app):
    stack = cdk.Stack(app, "ValkeyClusterModeEnabled")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=3)
    key = kms.Key(stack, "Key")
    application = ec2.SecurityGroup(stack, "Application", vpc=vpc)
    parameters = elasticache.CfnParameterGroup(
        stack, "Parameters", cache_parameter_group_family="valkey8", description="Parameter group for valkey8.",
        properties={"cluster-enabled": "yes", "maxmemory-policy": "volatile-lru"},
    )
    subnets = elasticache.CfnSubnetGroup(
        stack, "CacheSubnets", description="Subnet group for Cache cache.",
        subnet_ids=[subnet.subnet_id for subnet in vpc.private_subnets],
    )
    cache_sg = ec2.CfnSecurityGroup(
        stack, "CacheSecurityGroup", group_description="Security group for Cache cache.", vpc_id=vpc.vpc_id,
        security_group_egress=[
            ec2.CfnSecurityGroup.EgressProperty(
                ip_protocol="-1", cidr_ip="0.0.0.0/0", description="Allow all outbound traffic by default",
            ),
        ],
    )
    ec2.CfnSecurityGroupIngress(
        stack, "CacheFromApplication", group_id=cache_sg.attr_group_id,
        source_security_group_id=application.security_group_id, ip_protocol="tcp", from_port=6379, to_port=6379,
        description=f"from {cdk.Names.unique_id(application)}:6379",
    )
    slow_log = logs.CfnLogGroup(stack, "SlowLog", retention_in_days=731)
    slow_log.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
    Group = elasticache.CfnReplicationGroup
    group = Group(
        stack, "ReplicationGroup",
        replication_group_description="Orders cache",
        replication_group_id="orders-cache",
        engine="valkey",
        engine_version="8.2",
        cache_node_type="cache.r7g.large",
        num_node_groups=3,
        replicas_per_node_group=2,
        multi_az_enabled=True,
        automatic_failover_enabled=True,
        port=6379,
        cache_parameter_group_name=parameters.ref,
        cache_subnet_group_name=subnets.ref,
        security_group_ids=[cache_sg.attr_group_id],
        transit_encryption_enabled=True,
        at_rest_encryption_enabled=True,
        kms_key_id=key.key_id,
        auth_token=cdk.SecretValue.secrets_manager("orders/cache-auth-token", json_field="token").unsafe_unwrap(),
        snapshot_retention_limit=7,
        snapshot_window="03:00-04:00",
        preferred_maintenance_window="sun:05:00-sun:06:00",
        log_delivery_configurations=[
            Group.LogDeliveryConfigurationRequestProperty(
                destination_details=Group.DestinationDetailsProperty(
                    cloud_watch_logs_details=Group.CloudWatchLogsDestinationDetailsProperty(log_group=slow_log.ref),
                ),
                destination_type="cloudwatch-logs", log_format="json", log_type="slow-log",
            ),
        ],
    )
    group.apply_removal_policy(cdk.RemovalPolicy.SNAPSHOT)
    group.cfn_options.update_policy = cdk.CfnUpdatePolicy(use_online_resharding=True)
