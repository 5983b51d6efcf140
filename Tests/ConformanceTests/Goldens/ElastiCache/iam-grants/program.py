"""README: grant elasticache:Connect on an IAM-enabled user and on the cache to a role."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "IamGrants")
    vpc = ec2.Vpc(stack, "VPC")
    user = elasticache.IamUser(stack, "User", user_id="my-user",
                               access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    user_group = elasticache.UserGroup(stack, "UserGroup", users=[user])
    serverless_cache = elasticache.ServerlessCache(stack, "ServerlessCache", vpc=vpc, user_group=user_group)
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
    user.grant_connect(role)
    serverless_cache.grant_connect(role)
    serverless_cache.grant(role, "elasticache:DescribeServerlessCaches", "elasticache:ListTagsForResource")
