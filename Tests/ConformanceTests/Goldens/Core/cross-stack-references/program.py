"""Three stacks: several references into two producers, a reference inside Fn::Join and stack ids."""
import aws_cdk as cdk
from aws_cdk import Fn
from constructs import Construct


def build(app):
    network = cdk.Stack(app, "Network")
    vpc = cdk.CfnResource(network, "Vpc", type="AWS::EC2::VPC", properties={"CidrBlock": "10.0.0.0/16"})
    subnets = Construct(network, "Subnets")
    subnet_a = cdk.CfnResource(subnets, "A", type="AWS::EC2::Subnet",
                               properties={"VpcId": vpc.ref, "CidrBlock": "10.0.0.0/24"})
    subnet_b = cdk.CfnResource(subnets, "B", type="AWS::EC2::Subnet",
                               properties={"VpcId": vpc.ref, "CidrBlock": "10.0.1.0/24"})

    data = cdk.Stack(app, "Data")
    cache = cdk.CfnResource(Construct(data, "Cache"), "Resource", type="AWS::ElastiCache::CacheCluster", properties={
        "CacheNodeType": "cache.t3.micro", "Engine": "redis", "NumCacheNodes": 1,
        "CacheSubnetGroupName": "cache-subnets",
    })

    service = cdk.Stack(app, "Service")
    cdk.CfnResource(service, "Settings", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Name": "/service/settings",
        "Value": Fn.join(",", [subnet_a.ref, subnet_b.ref, "extra"]),
        "Description": f"vpc {vpc.ref} in {vpc.get_att('CidrBlock').to_string()} and cache {cache.get_att('RedisEndpoint.Address').to_string()}",
    })
    cdk.CfnResource(service, "Port", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Value": cache.get_att("RedisEndpoint.Port").to_string(),
        "Description": f"{vpc.ref}:{cache.get_att('RedisEndpoint.Address').to_string()}",
    })
    cdk.CfnOutput(service, "NetworkStack", value=network.stack_id)
    cdk.CfnOutput(service, "DataStack", value=Fn.join("/", [data.stack_id, data.stack_name, service.stack_id]))
    cdk.CfnOutput(service, "Subnets", value=Fn.join(",", [subnet_a.ref, subnet_b.ref]))
    cdk.CfnOutput(data, "NetworkVpc", value=vpc.ref)
