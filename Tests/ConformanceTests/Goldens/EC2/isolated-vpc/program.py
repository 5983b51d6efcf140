"""VPCs without NAT gateways: only isolated subnets (no internet gateway), the default layout with natGateways=0,
and public subnets without an internet gateway."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


def build(app):
    stack = cdk.Stack(app, "IsolatedVpc")
    ec2.Vpc(
        stack, "Isolated",
        nat_gateways=0,
        max_azs=3,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Cache", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
        ],
    )
    ec2.Vpc(stack, "NoNat", nat_gateways=0, ip_addresses=ec2.IpAddresses.cidr("10.1.0.0/16"))
    ec2.Vpc(
        stack, "NoIgw",
        ip_addresses=ec2.IpAddresses.cidr("10.2.0.0/16"),
        create_internet_gateway=False,
        max_azs=1,
        enable_dns_support=True,
        enable_dns_hostnames=False,
        default_instance_tenancy=ec2.DefaultInstanceTenancy.DEDICATED,
    )
