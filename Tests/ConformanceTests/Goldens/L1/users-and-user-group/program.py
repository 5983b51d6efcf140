"""L1 users with each authentication mode, and a user group that refers to them."""
import aws_cdk as cdk
from aws_cdk import aws_elasticache as elasticache


def build(app):
    stack = cdk.Stack(app, "UsersL1")
    iam_user = elasticache.CfnUser(
        stack, "IamUser", engine="valkey", user_id="reporting", user_name="reporting",
        access_string="on ~reports:* +@read", authentication_mode={"Type": "iam"},
    )
    password_user = elasticache.CfnUser(
        stack, "PasswordUser", engine="redis", user_id="writer", user_name="writer",
        access_string="on ~* +@all",
        authentication_mode={
            "Type": "password",
            "Passwords": ["{{resolve:secretsmanager:writer-password:SecretString:password}}"],
        },
    )
    default_user = elasticache.CfnUser(
        stack, "DefaultUser", engine="redis", user_id="app-default", user_name="default",
        access_string="off -@all", no_password_required=True,
        tags=[cdk.CfnTag(key="role", value="default")],
    )
    legacy_user = elasticache.CfnUser(
        stack, "LegacyUser", engine="redis", user_id="legacy", user_name="legacy",
        access_string="on ~legacy:* +get", no_password_required=False,
        passwords=["{{resolve:secretsmanager:legacy-password:SecretString:password}}"],
    )
    group = elasticache.CfnUserGroup(
        stack, "UserGroup", engine="redis", user_group_id="app-users",
        user_ids=[default_user.ref, password_user.ref, legacy_user.ref, iam_user.attr_arn],
        tags=[cdk.CfnTag(key="team", value="platform")],
    )
    cdk.CfnOutput(stack, "UserGroupArn", value=group.attr_arn)
    cdk.CfnOutput(stack, "UserGroupStatus", value=group.attr_status)
    cdk.CfnOutput(stack, "IamUserStatus", value=iam_user.attr_status)
