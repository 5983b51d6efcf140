"""A secret generated from a JSON template (which holds a deploy-time endpoint address), with a generate key,
excluded characters, a name, a description and a retain policy; one field of it is passed to another resource
as a dynamic reference, never as plain text."""
import json

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


def build(app):
    stack = cdk.Stack(app, "TemplateSecret")
    cache = cdk.CfnResource(
        stack, "Cache", type="AWS::ElastiCache::ServerlessCache",
        properties={"Engine": "valkey", "ServerlessCacheName": "orders-cache"},
    )
    secret = secretsmanager.Secret(
        stack, "CacheUser",
        secret_name="orders/cache-user",
        description="Credentials of the orders service's cache user",
        generate_secret_string=secretsmanager.SecretStringGenerator(
            secret_string_template=json.dumps(
                {"username": "orders", "host": cache.get_att("Endpoint.Address").to_string()}),
            generate_string_key="password",
            exclude_characters=" %+~`#$&*()|[]{}:;<>?!'/@\"\\",
            password_length=32,
            require_each_included_type=True,
        ),
        removal_policy=cdk.RemovalPolicy.RETAIN,
    )
    cdk.CfnResource(
        stack, "User", type="AWS::ElastiCache::User",
        properties={
            "Engine": "valkey",
            "UserId": "orders",
            "UserName": secret.secret_value_from_json("username").unsafe_unwrap(),
            "AccessString": "on ~orders:* +@all",
            "AuthenticationMode": {
                "Type": "password",
                "Passwords": [secret.secret_value_from_json("password").unsafe_unwrap()],
            },
        },
    )
    secretsmanager.Secret(
        stack, "Settings",
        generate_secret_string=secretsmanager.SecretStringGenerator(
            exclude_uppercase=True, exclude_lowercase=False, exclude_numbers=True, include_space=True,
            password_length=16),
    )
    secretsmanager.Secret(stack, "Given", secret_string_value=cdk.SecretValue.secrets_manager("platform/bootstrap", json_field="seed"))
    cdk.CfnOutput(stack, "SecretName", value=secret.secret_name)
    cdk.CfnOutput(stack, "SecretFullArn", value=secret.secret_full_arn)
