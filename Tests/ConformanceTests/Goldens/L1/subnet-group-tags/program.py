"""Tags given to an L1 resource merge with tags applied to its scope, by priority."""
import aws_cdk as cdk
from aws_cdk import aws_elasticache as elasticache


def build(app):
    stack = cdk.Stack(app, "SubnetGroupTagsL1")
    elasticache.CfnSubnetGroup(
        stack, "Subnets", description="Cache subnets", subnet_ids=["subnet-0a1b2c3d"],
        tags=[cdk.CfnTag(key="team", value="cache"), cdk.CfnTag(key="name", value="orders")],
    )
    elasticache.CfnSecurityGroup(stack, "LegacySecurityGroup", description="EC2-Classic cache security group")
    elasticache.CfnSubnetGroup(stack, "Untagged", description="Subnets without tags of their own", subnet_ids=["subnet-1"])
    cdk.Tags.of(stack).add("team", "platform")
    cdk.Tags.of(stack).add("owner", "ops", exclude_resource_types=["AWS::ElastiCache::SecurityGroup"])
