"""Generated secrets read by a function: one with the defaults, one encrypted with a customer managed KMS key (the
key policy lets Secrets Manager use it, and the function may decrypt through Secrets Manager). Another account reads one through
the secret's resource policy."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms, aws_lambda as lambda_, aws_secretsmanager as secretsmanager


def build(app):
    stack = cdk.Stack(app, "SecretReader")
    plain = secretsmanager.Secret(stack, "ApiToken")
    key = kms.Key(stack, "SecretKey")
    encrypted = secretsmanager.Secret(
        stack, "CachePassword",
        encryption_key=key,
        generate_secret_string=secretsmanager.SecretStringGenerator(password_length=40, exclude_punctuation=True),
    )
    reader = lambda_.Function(
        stack, "Reader",
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
        environment={"TOKEN_SECRET_ARN": plain.secret_arn, "PASSWORD_SECRET_ARN": encrypted.secret_arn},
    )
    plain.grant_read(reader)
    encrypted.grant_read(reader)
    plain.grant_read(iam.AccountPrincipal("111122223333"))
