"""A platform stack publishes the cache endpoint in an SSM parameter (name, description, advanced tier); a service
stack's function reads it across stacks (grant_read) and also resolves a parameter's value at deployment."""
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_ssm as ssm


def build(app):
    platform = cdk.Stack(app, "Platform")
    cache = cdk.CfnResource(
        platform, "Cache", type="AWS::ElastiCache::ServerlessCache",
        properties={"Engine": "valkey", "ServerlessCacheName": "shared-cache"},
    )
    endpoint = ssm.StringParameter(
        platform, "EndpointParameter",
        parameter_name="/platform/cache/endpoint",
        string_value=cache.get_att("Endpoint.Address").to_string(),
        description="Where services reach the shared cache",
        tier=ssm.ParameterTier.ADVANCED,
    )

    service = cdk.Stack(app, "Service")
    fn = lambda_.Function(
        service, "Handler",
        runtime=lambda_.Runtime.PYTHON_3_13,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
        environment={
            "ENDPOINT_PARAMETER": endpoint.parameter_name,
            "CACHE_MODE": ssm.StringParameter.value_for_string_parameter(service, "/platform/cache/mode"),
            "CACHE_MODE_AGAIN": ssm.StringParameter.value_for_string_parameter(service, "/platform/cache/mode"),
            "PINNED": ssm.StringParameter.value_for_string_parameter(service, "/platform/cache/pinned", 3),
        },
    )
    endpoint.grant_read(fn)
    cdk.CfnOutput(service, "EndpointParameterArn", value=endpoint.parameter_arn)
