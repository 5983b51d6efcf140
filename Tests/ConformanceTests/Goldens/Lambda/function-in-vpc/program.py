"""A Swift service on Lambda inside a VPC: custom runtime on arm64, code from an imported bucket, environment
variables that are deploy-time values (an SSM parameter's value and a raw resource's attribute), placed in the
VPC's private subnets with the automatic security group, allowed to reach a cache's security group."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_lambda as lambda_, aws_s3 as s3, aws_ssm as ssm


def build(app):
    stack = cdk.Stack(app, "ServiceInVpc")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    cache = cdk.CfnResource(
        stack, "Cache", type="AWS::ElastiCache::ServerlessCache",
        properties={"Engine": "valkey", "ServerlessCacheName": "service-cache"},
    )
    cache_sg = ec2.SecurityGroup(stack, "CacheSG", vpc=vpc, allow_all_outbound=False)
    artifacts = s3.Bucket.from_bucket_name(stack, "Artifacts", "my-artifacts")
    fn = lambda_.Function(
        stack, "Service",
        runtime=lambda_.Runtime.PROVIDED_AL2023,
        handler="bootstrap",
        architecture=lambda_.Architecture.ARM_64,
        code=lambda_.Code.from_bucket(artifacts, "service/v1.zip"),
        memory_size=256,
        timeout=cdk.Duration.seconds(10),
        vpc=vpc,
        environment={
            "LINKED_CACHE_ENDPOINT": cache.get_att("Endpoint.Address").to_string(),
            "CACHE_PORT": cache.get_att("Endpoint.Port").to_string(),
            "FEATURE_FLAGS": ssm.StringParameter.value_for_string_parameter(stack, "/service/feature-flags"),
            "LOG_LEVEL": "info",
        },
    )
    fn.add_environment("REGION_NAME", stack.region)
    fn.connections.allow_to(cache_sg, ec2.Port.tcp(6379), "service to cache")
