"""A key granted to roles of another account and another region: both policies name the role."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms


def build(app):
    keys = cdk.Stack(app, "SharedKeys", env=cdk.Environment(account="111111111111", region="us-east-1"))
    key = kms.Key(keys, "Key", admins=[iam.AccountPrincipal("111111111111")])
    partner = cdk.Stack(app, "PartnerAccount", env=cdk.Environment(account="222222222222", region="us-east-1"))
    partner_role = iam.Role(partner, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                            role_name="partner-reader", path="/cache/")
    key.grant_decrypt(partner_role)
    europe = cdk.Stack(app, "Europe", env=cdk.Environment(account="111111111111", region="eu-west-1"))
    europe_role = iam.Role(europe, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                           role_name="europe-writer")
    key.grant_encrypt(europe_role)
