"""README: imports of a serverless cache, users and a user group, used in grants and a connection."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "Imports")
    vpc = ec2.Vpc(stack, "VPC")
    security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
    imported_cache = elasticache.ServerlessCache.from_serverless_cache_attributes(
        stack, "ImportedServerlessCache", serverless_cache_name="my-serverless-cache",
        security_groups=[security_group], engine=elasticache.CacheEngine.VALKEY_LATEST)
    by_arn = elasticache.ServerlessCache.from_serverless_cache_arn(
        stack, "ByArn", "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:other-cache")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    imported_cache.grant_connect(role)
    by_arn.grant(role, "elasticache:DescribeServerlessCaches")
    client = ec2.SecurityGroup(stack, "Client", vpc=vpc)
    imported_cache.connections.allow_default_port_from(client)
    elasticache.IamUser.from_user_id(stack, "ImportedIamUser", "my-iam-user-id")
    elasticache.PasswordUser.from_user_attributes(stack, "ImportedPasswordUser", user_id="my-password-user-id")
    elasticache.NoPasswordUser.from_user_attributes(stack, "ImportedNoPasswordUser", user_id="my-no-password-user-id")
    imported_group = elasticache.UserGroup.from_user_group_attributes(
        stack, "ImportedUserGroup", user_group_arn="arn:aws:elasticache:us-east-1:123456789012:usergroup:my-user-group-name")
    cdk.CfnOutput(stack, "ImportedGroupName", value=imported_group.user_group_name)
