"""Connections across stacks: the service stack's groups reach the network stack's cache group; the rules stay in
the service stack (remote rules) and the groups are imported there."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


def build(app):
    network = cdk.Stack(app, "Network")
    vpc = ec2.Vpc(
        network, "Vpc",
        nat_gateways=0,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
        ],
    )
    cache_sg = ec2.SecurityGroup(network, "CacheSG", vpc=vpc, allow_all_outbound=False)
    cache = ec2.Connections(security_groups=[cache_sg], default_port=ec2.Port.tcp(6379))

    service = cdk.Stack(app, "Service")
    function_sg = ec2.SecurityGroup(service, "FunctionSG", vpc=vpc, allow_all_outbound=False)
    function_sg.connections.allow_to_default_port(cache, "to the cache")
    worker_sg = ec2.SecurityGroup(service, "WorkerSG", vpc=vpc)
    worker_sg.connections.allow_to(cache_sg, ec2.Port.tcp(6380))
    cdk.CfnResource(
        service, "SubnetGroup", type="AWS::ElastiCache::SubnetGroup",
        properties={"Description": "cache subnets", "SubnetIds": vpc.select_subnets().subnet_ids},
    )
