"""Parameters of several types, rules with assertions and mappings read with Fn::FindInMap."""
import aws_cdk as cdk
from aws_cdk import Fn


def build(app):
    stack = cdk.Stack(app, "Parameters")
    env = cdk.CfnParameter(stack, "Environment", type="String", default="dev", allowed_values=["dev", "prod"],
                           description="Where the stack runs", constraint_description="dev or prod")
    size = cdk.CfnParameter(stack, "CacheSize", type="Number", default=2, min_value=1, max_value=10.5)
    name = cdk.CfnParameter(stack, "Name", min_length=3, max_length=20, allowed_pattern="[a-z][a-z0-9-]*")
    secret = cdk.CfnParameter(stack, "Secret", no_echo=True, description="Not shown")
    subnets = cdk.CfnParameter(stack, "Subnets", type="List<AWS::EC2::Subnet::Id>")
    zones = cdk.CfnParameter(stack, "Zones", type="CommaDelimitedList", default="a,b")
    ami = cdk.CfnParameter(stack, "Image", type="AWS::SSM::Parameter::Value<String>",
                           default="/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")

    cdk.CfnRule(stack, "ProdNeedsBigCache",
                rule_condition=Fn.condition_equals(env.value_as_string, "prod"),
                assertions=[cdk.CfnRuleAssertion(
                    assert_=Fn.condition_not(Fn.condition_equals(size.value_as_string, "1")),
                    assert_description="Production needs more than one node")])
    rule = cdk.CfnRule(stack, "KnownZones")
    rule.add_assertion(Fn.condition_contains(["a", "b", "c"], Fn.select(0, zones.value_as_list)),
                       "The first zone must be a, b or c")
    rule.add_assertion(Fn.condition_each_member_in(zones.value_as_list, ["a", "b", "c"]), "Zones are a, b or c")

    sizes = cdk.CfnMapping(stack, "NodeTypes", mapping={
        "dev": {"small": "cache.t3.micro", "large": "cache.t3.medium"},
        "prod": {"small": "cache.r6g.large", "large": "cache.r6g.xlarge"},
    })
    cdk.CfnResource(stack, "Cache", type="AWS::ElastiCache::CacheCluster", properties={
        "CacheNodeType": sizes.find_in_map(env.value_as_string, "large"),
        "Engine": "redis",
        "NumCacheNodes": size.value_as_number,
        "ClusterName": name.value_as_string,
        "CacheSubnetGroupName": Fn.select(0, subnets.value_as_list),
        "PreferredAvailabilityZones": zones.value_as_list,
        "Tags": [{"Key": "image", "Value": ami.value_as_string}, {"Key": "secret", "Value": secret.value_as_string}],
    })
    cdk.CfnOutput(stack, "SmallType", value=sizes.find_in_map("dev", "small"))
    cdk.CfnOutput(stack, "Zone", value=Fn.find_in_map("NodeTypes", env.value_as_string, "small"))
