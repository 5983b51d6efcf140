"""Imported roles in an environment-specific stack: mutable ones take grants, immutable ones do not."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms


def build(app):
    stack = cdk.Stack(app, "ImportedRoles", env=cdk.Environment(account="123456789012", region="eu-west-1"))
    key = kms.Key(stack, "Key")
    service = iam.Role.from_role_arn(stack, "ServiceRole", "arn:aws:iam::123456789012:role/service/orders-api")
    iam.Grant.add_to_principal(
        grantee=service,
        actions=["elasticache:Connect"],
        resource_arns=[
            "arn:aws:elasticache:eu-west-1:123456789012:serverlesscache:orders",
            "arn:aws:elasticache:eu-west-1:123456789012:user:orders-api",
        ],
    )
    key.grant_encrypt(service)
    by_name = iam.Role.from_role_name(stack, "ByName", "billing-api")
    key.grant_decrypt(by_name)
    fixed = iam.Role.from_role_arn(stack, "Fixed", "arn:aws:iam::123456789012:role/fixed", mutable=False)
    iam.Grant.add_to_principal(grantee=fixed, actions=["elasticache:Connect"], resource_arns=["*"])
    key.grant_decrypt(fixed)
    partner = iam.Role.from_role_arn(stack, "Partner", "arn:aws:iam::210987654321:role/partner")
    partner.add_to_principal_policy(iam.PolicyStatement(actions=["elasticache:Connect"], resources=["*"]))
    key.grant_encrypt_decrypt(partner)
