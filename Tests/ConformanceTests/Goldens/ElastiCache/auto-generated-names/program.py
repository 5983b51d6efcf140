"""The upstream integration test for generated names: a long stack name, nothing named."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "aws-cdk-serverless-cache-auto-generate-name")
    vpc = ec2.Vpc(stack, "VPC")
    user_group = elasticache.UserGroup(stack, "UserGroup")
    elasticache.ServerlessCache(stack, "Cache", vpc=vpc, user_group=user_group)
    nested = cdk.Stack(app, "Nested")
    group = elasticache.UserGroup(nested, "AVeryLongConstructIdForAUserGroupThatIsLongerThanForty")
    elasticache.ServerlessCache(nested, "CacheWithAVeryLongConstructIdThatNeedsShortening",
                                vpc=ec2.Vpc(nested, "Vpc"), user_group=group)
