"""README: RBAC — users in a Redis user group with a new default user, added by props and addUser, assigned to a cache."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "Rbac")
    vpc = ec2.Vpc(stack, "VPC")
    new_default_user = elasticache.NoPasswordUser(
        stack, "NewDefaultUser", user_id="new-default", user_name="default",
        access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    user = elasticache.IamUser(stack, "User", engine=elasticache.UserEngine.REDIS, user_id="my-user",
                               user_name="my-user",
                               access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    another_user = elasticache.PasswordUser(
        stack, "AnotherUser", engine=elasticache.UserEngine.REDIS, user_id="another-user",
        access_control=elasticache.AccessControl.from_access_string("on ~app:* +@read"),
        passwords=[cdk.SecretValue.secrets_manager("AnotherUserPassword")])
    user_group = elasticache.UserGroup(stack, "UserGroup", engine=elasticache.UserEngine.REDIS,
                                       users=[new_default_user, user])
    user_group.add_user(another_user)
    elasticache.ServerlessCache(stack, "ServerlessCache", engine=elasticache.CacheEngine.REDIS_LATEST,
                                serverless_cache_name="my-serverless-cache", vpc=vpc, user_group=user_group)
    valkey_group = elasticache.UserGroup(stack, "ValkeyGroup")
    elasticache.ServerlessCache(stack, "ValkeyCache", vpc=vpc, user_group=valkey_group)
