"""The default VPC in an environment-agnostic stack: two AZs, public and private subnets, a NAT gateway per AZ."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2


def build(app):
    stack = cdk.Stack(app, "DefaultVpc")
    ec2.Vpc(stack, "VPC")
