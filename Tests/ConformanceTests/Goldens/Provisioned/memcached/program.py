"""Memcached with L1 classes: a cluster of three nodes across availability zones with encryption in
transit, a parameter group, and a subnet group of isolated subnets, opened to an application."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache as elasticache


def build(app):
    stack = cdk.Stack(app, "MemcachedCluster")
    vpc = ec2.Vpc(
        stack, "Vpc", max_azs=3, nat_gateways=0,
        subnet_configuration=[ec2.SubnetConfiguration(name="Cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)],
    )
    application = ec2.SecurityGroup(stack, "Application", vpc=vpc)
    parameters = elasticache.CfnParameterGroup(
        stack, "Parameters", cache_parameter_group_family="memcached1.6",
        description="Parameter group for memcached1.6.", properties={"max_item_size": "10485760"},
    )
    subnets = elasticache.CfnSubnetGroup(
        stack, "CacheSubnets", description="Subnet group for Memcached cache.",
        subnet_ids=[subnet.subnet_id for subnet in vpc.isolated_subnets],
    )
    cache_sg = ec2.CfnSecurityGroup(
        stack, "CacheSecurityGroup", group_description="Security group for Memcached cache.", vpc_id=vpc.vpc_id,
        security_group_egress=[
            ec2.CfnSecurityGroup.EgressProperty(
                ip_protocol="-1", cidr_ip="0.0.0.0/0", description="Allow all outbound traffic by default",
            ),
        ],
    )
    ec2.CfnSecurityGroupIngress(
        stack, "CacheFromApplication", group_id=cache_sg.attr_group_id,
        source_security_group_id=application.security_group_id, ip_protocol="tcp", from_port=11211, to_port=11211,
        description=f"from {cdk.Names.unique_id(application)}:11211",
    )
    elasticache.CfnCacheCluster(
        stack, "Cluster",
        cluster_name="sessions",
        engine="memcached",
        engine_version="1.6.22",
        cache_node_type="cache.t4g.small",
        num_cache_nodes=3,
        az_mode="cross-az",
        port=11211,
        cache_parameter_group_name=parameters.ref,
        cache_subnet_group_name=subnets.ref,
        vpc_security_group_ids=[cache_sg.attr_group_id],
        transit_encryption_enabled=True,
        preferred_maintenance_window="mon:02:00-mon:03:00",
    )
