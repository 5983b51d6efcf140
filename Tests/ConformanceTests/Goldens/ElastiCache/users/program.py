"""README: IAM, password and no-password users with all props; a new default user."""
import aws_cdk as cdk
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "Users")
    elasticache.IamUser(stack, "IamUser", engine=elasticache.UserEngine.VALKEY, user_id="test-iam-user",
                        user_name="test-iam-user",
                        access_control=elasticache.AccessControl.from_access_string("on ~* +@read"))
    elasticache.PasswordUser(stack, "PasswordUser", engine=elasticache.UserEngine.REDIS,
                             user_id="test-password-user", user_name="test-password-user-name",
                             access_control=elasticache.AccessControl.from_access_string("on ~app:* +@read +@write"),
                             passwords=[cdk.SecretValue.secrets_manager("password1234567891011")])
    elasticache.NoPasswordUser(stack, "NoPasswordUser", engine=elasticache.UserEngine.REDIS,
                               user_id="test-no-password-user", user_name="test-no-password-user-name",
                               access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    elasticache.PasswordUser(stack, "TwoPasswords", user_id="my-user-id", user_name="my-user-name",
                             access_control=elasticache.AccessControl.from_access_string("on ~* +@all"),
                             passwords=[cdk.SecretValue.secrets_manager("SecretIdForPassword"),
                                        cdk.SecretValue.secrets_manager("AnotherSecretIdForPassword")])
    elasticache.NoPasswordUser(stack, "NewDefaultUser", user_id="new-default", user_name="default",
                               access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
    elasticache.IamUser(stack, "MinimalIamUser", user_id="my-user",
                        access_control=elasticache.AccessControl.from_access_string("on ~* +@all"))
