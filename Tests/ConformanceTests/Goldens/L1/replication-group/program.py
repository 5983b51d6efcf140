"""An L1 replication group with most of its properties, a subnet group and a parameter group."""
import aws_cdk as cdk
from aws_cdk import aws_elasticache as elasticache


def build(app):
    stack = cdk.Stack(app, "ReplicationGroupL1")
    subnets = elasticache.CfnSubnetGroup(
        stack, "Subnets", description="Orders cache subnets", cache_subnet_group_name="orders-subnets",
        subnet_ids=["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    )
    parameters = elasticache.CfnParameterGroup(
        stack, "Parameters", cache_parameter_group_family="redis7", description="Orders parameters",
        properties={"maxmemory-policy": "allkeys-lru", "cluster-enabled": "yes"},
    )
    Group = elasticache.CfnReplicationGroup
    group = Group(
        stack, "ReplicationGroup",
        replication_group_description="Orders replication group",
        replication_group_id="orders-rg",
        engine="redis",
        engine_version="7.1",
        cache_node_type="cache.r7g.large",
        cache_parameter_group_name=parameters.ref,
        cache_subnet_group_name=subnets.ref,
        security_group_ids=["sg-0123456789abcdef0"],
        at_rest_encryption_enabled=True,
        transit_encryption_enabled=True,
        transit_encryption_mode="required",
        kms_key_id="alias/orders",
        automatic_failover_enabled=True,
        multi_az_enabled=True,
        auto_minor_version_upgrade=True,
        data_tiering_enabled=False,
        cluster_mode="enabled",
        network_type="ipv4",
        ip_discovery="ipv4",
        num_node_groups=2,
        replicas_per_node_group=1,
        node_group_configuration=[
            Group.NodeGroupConfigurationProperty(
                node_group_id="0001", primary_availability_zone="us-east-1a",
                replica_availability_zones=["us-east-1b"], replica_count=1, slots="0-8191",
            ),
            Group.NodeGroupConfigurationProperty(
                node_group_id="0002", primary_availability_zone="us-east-1b",
                replica_availability_zones=["us-east-1c"], replica_count=1, slots="8192-16383",
            ),
        ],
        log_delivery_configurations=[
            Group.LogDeliveryConfigurationRequestProperty(
                destination_details=Group.DestinationDetailsProperty(
                    cloud_watch_logs_details=Group.CloudWatchLogsDestinationDetailsProperty(log_group="/orders/slow-log"),
                ),
                destination_type="cloudwatch-logs", log_format="json", log_type="slow-log",
            ),
            Group.LogDeliveryConfigurationRequestProperty(
                destination_details=Group.DestinationDetailsProperty(
                    kinesis_firehose_details=Group.KinesisFirehoseDestinationDetailsProperty(
                        delivery_stream="orders-engine-log",
                    ),
                ),
                destination_type="kinesis-firehose", log_format="text", log_type="engine-log",
            ),
        ],
        port=6380,
        preferred_maintenance_window="sun:05:00-sun:06:00",
        snapshot_retention_limit=5,
        snapshot_window="03:00-04:00",
        notification_topic_arn="arn:aws:sns:us-east-1:123456789012:orders-events",
        user_group_ids=["app-users"],
        tags=[cdk.CfnTag(key="team", value="orders")],
    )
    cdk.CfnOutput(
        stack, "ConfigurationEndpoint",
        value=f"{group.attr_configuration_end_point_address}:{group.attr_configuration_end_point_port}",
    )
    cdk.CfnOutput(stack, "ReadAddresses", value=cdk.Fn.join(",", group.attr_read_end_point_addresses_list))
