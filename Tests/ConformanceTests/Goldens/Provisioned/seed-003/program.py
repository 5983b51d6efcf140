"""Seed 003 with L1 classes: a Redis OSS replication group (cluster mode disabled, one replica, Multi-AZ)
with its subnet group, parameter group and security group, opened to an instance's and a function's
security groups."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache as elasticache


def build(app):
    stack = cdk.Stack(app, "RedisClusterModeDisabled")
    vpc = ec2.Vpc(
        stack, "Vpc", max_azs=2, nat_gateways=0,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
            ec2.SubnetConfiguration(name="Application", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        ],
    )
    instance_sg = ec2.SecurityGroup(stack, "InstanceSecurityGroup", vpc=vpc, description="The instance that runs redis-cli")
    function_sg = ec2.SecurityGroup(
        stack, "FunctionSecurityGroup", vpc=vpc, description="The function that reads and writes the cache",
    )
    parameters = elasticache.CfnParameterGroup(
        stack, "Parameters", cache_parameter_group_family="redis7", description="Parameter group for redis7.",
        properties={"maxmemory-policy": "allkeys-lru"},
    )
    subnets = elasticache.CfnSubnetGroup(
        stack, "CacheSubnets", description="Subnet group for Cache cache.",
        subnet_ids=vpc.select_subnets(subnet_group_name="Cache").subnet_ids,
    )
    cache_sg = ec2.CfnSecurityGroup(
        stack, "CacheSecurityGroup", group_description="Security group for Cache cache.", vpc_id=vpc.vpc_id,
        security_group_egress=[
            ec2.CfnSecurityGroup.EgressProperty(
                ip_protocol="-1", cidr_ip="0.0.0.0/0", description="Allow all outbound traffic by default",
            ),
        ],
    )
    for name, peer in (("Instance", instance_sg), ("Function", function_sg)):
        ec2.CfnSecurityGroupIngress(
            stack, f"CacheFrom{name}", group_id=cache_sg.attr_group_id,
            source_security_group_id=peer.security_group_id, ip_protocol="tcp", from_port=6379, to_port=6379,
            description=f"from {cdk.Names.unique_id(peer)}:6379",
        )
    group = elasticache.CfnReplicationGroup(
        stack, "ReplicationGroup",
        replication_group_description="fa-063-ReplicationGroup",
        replication_group_id="fa-063-replicationgroup",
        engine="redis",
        engine_version="7.1",
        cache_node_type="cache.t4g.micro",
        num_cache_clusters=2,
        multi_az_enabled=True,
        automatic_failover_enabled=True,
        port=6379,
        cache_parameter_group_name=parameters.ref,
        cache_subnet_group_name=subnets.ref,
        security_group_ids=[cache_sg.attr_group_id],
        transit_encryption_enabled=True,
        at_rest_encryption_enabled=True,
        auto_minor_version_upgrade=True,
    )
    group.apply_removal_policy(cdk.RemovalPolicy.SNAPSHOT)
