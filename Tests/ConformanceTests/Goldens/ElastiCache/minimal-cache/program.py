"""README: the required fields only — a serverless cache in a new VPC."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "MinimalCache")
    vpc = ec2.Vpc(stack, "VPC")
    elasticache.ServerlessCache(stack, "ServerlessCache", vpc=vpc)
