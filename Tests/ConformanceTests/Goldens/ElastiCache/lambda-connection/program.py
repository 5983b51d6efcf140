"""RFC: a Lambda function with the cache endpoint in its environment, network access and IAM permissions."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "LambdaConnection")
    vpc = ec2.Vpc(stack, "Vpc")
    linked_cache = elasticache.ServerlessCache(stack, "LinkedCache", vpc=vpc)
    bucket = s3.Bucket.from_bucket_name(stack, "Artifacts", "my-artifacts")
    function = lambda_.Function(
        stack, "Function",
        runtime=lambda_.Runtime.PROVIDED_AL2023,
        handler="bootstrap",
        code=lambda_.Code.from_bucket(bucket, "service.zip"),
        vpc=vpc,
        environment={
            "LINKED_CACHE_ENDPOINT": linked_cache.serverless_cache_endpoint_address,
            "LINKED_CACHE_PORT": linked_cache.serverless_cache_endpoint_port,
        })
    linked_cache.connections.allow_default_port_from(function)
    linked_cache.grant_connect(function)
