"""Subnet groups of every type with CIDR masks, a reserved group, a group without a mask, and NAT gateway placement."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


def build(app):
    stack = cdk.Stack(app, "SubnetGroups")
    ec2.Vpc(
        stack, "Network",
        ip_addresses=ec2.IpAddresses.cidr("10.20.0.0/16"),
        nat_gateways=1,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Ingress", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
            ec2.SubnetConfiguration(name="Application", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=20),
            ec2.SubnetConfiguration(
                name="Spare", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=20, reserved=True),
            ec2.SubnetConfiguration(name="Cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=26),
            ec2.SubnetConfiguration(name="Remaining", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
        ],
    )

    env = cdk.Environment(account="123456789012", region="eu-west-1")
    reserved = cdk.Stack(app, "ReservedAzs", env=env)
    ec2.Vpc(
        reserved, "Vpc",
        availability_zones=["eu-west-1a", "eu-west-1b"],
        reserved_azs=1,
        nat_gateways=2,
        nat_gateway_subnets=ec2.SubnetSelection(subnet_group_name="Edge"),
        enable_dns_hostnames=False,
        subnet_configuration=[
            ec2.SubnetConfiguration(
                name="Edge", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=22, map_public_ip_on_launch=False),
            ec2.SubnetConfiguration(name="Front", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
            ec2.SubnetConfiguration(name="Workers", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        ],
    )
