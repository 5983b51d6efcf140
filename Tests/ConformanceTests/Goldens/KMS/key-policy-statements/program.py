"""A key with a custom key policy and resource statements naming many kinds of principals."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms


def build(app):
    stack = cdk.Stack(app, "KeyPolicy", env=cdk.Environment(account="123456789012", region="us-east-1"))
    policy = iam.PolicyDocument(statements=[
        iam.PolicyStatement(actions=["kms:*"], resources=["*"], principals=[iam.AccountRootPrincipal()]),
    ])
    key = kms.Key(stack, "Key", policy=policy, key_spec=kms.KeySpec.RSA_2048, key_usage=kms.KeyUsage.SIGN_VERIFY,
                  enabled=True, multi_region=False)
    sns = iam.ServicePrincipal("sns.amazonaws.com")
    statement = iam.PolicyStatement(
        actions=["kms:Sign", "kms:Verify", "kms:Sign"],
        principals=[sns, iam.ServicePrincipal("events"), sns],
        resources=["*"],
        conditions={"StringEquals": {"aws:SourceAccount": "123456789012"}},
    )
    statement.add_condition("StringEquals", {"kms:CallerAccount": "123456789012"})
    statement.add_condition("ArnLike", {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:*"})
    key.add_to_resource_policy(statement)
    key.add_to_resource_policy(iam.PolicyStatement(
        effect=iam.Effect.DENY,
        not_actions=["kms:Describe*"],
        principals=[iam.AccountPrincipal("210987654321"), iam.AccountRootPrincipal(), iam.AnyPrincipal()],
        not_resources=["arn:aws:kms:us-east-1:123456789012:key/other"],
        sid="DenyOthers",
    ))
    key.add_to_resource_policy(iam.PolicyStatement(
        actions=["kms:GetPublicKey"],
        principals=[iam.CompositePrincipal(iam.ServicePrincipal("lambda.amazonaws.com"),
                                           iam.ArnPrincipal("arn:aws:iam::123456789012:role/reader"))],
        resources=["*"],
    ))
    key.add_to_resource_policy(iam.PolicyStatement(
        actions=["kms:GetPublicKey"],
        principals=[iam.CompositePrincipal(iam.ServicePrincipal("lambda.amazonaws.com"),
                                           iam.ArnPrincipal("arn:aws:iam::123456789012:role/reader"))],
        resources=["*"],
    ))
