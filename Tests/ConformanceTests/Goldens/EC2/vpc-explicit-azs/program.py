"""VPCs in environment-specific stacks: three explicit AZs with a name, and the stack's (dummy) AZs limited by max_azs."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


def build(app):
    env = cdk.Environment(account="123456789012", region="us-east-1")
    stack = cdk.Stack(app, "ExplicitAzs", env=env)
    ec2.Vpc(
        stack, "VPC",
        availability_zones=["us-east-1a", "us-east-1b", "us-east-1c"],
        vpc_name="cache-network",
    )

    lookup = cdk.Stack(app, "StackAzs", env=env)
    ec2.Vpc(lookup, "VPC", max_azs=2, ip_addresses=ec2.IpAddresses.cidr("172.16.0.0/20"))
