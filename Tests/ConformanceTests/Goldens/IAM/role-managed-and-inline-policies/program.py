"""A role with AWS managed policies, inline policies, a description, a path and several principals."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam


def build(app):
    stack = cdk.Stack(app, "RolePolicies")
    boundary = iam.ManagedPolicy.from_managed_policy_arn(
        stack, "Boundary", "arn:aws:iam::123456789012:policy/boundary")
    read_only = iam.PolicyDocument(statements=[
        iam.PolicyStatement(actions=["elasticache:Describe*", "elasticache:List*"], resources=["*"]),
    ])
    tagging = iam.PolicyDocument(statements=[
        iam.PolicyStatement(actions=["elasticache:AddTagsToResource"],
                            resources=["arn:aws:elasticache:us-east-1:123456789012:serverlesscache:orders"]),
    ])
    role = iam.Role(
        stack, "OperatorRole",
        assumed_by=iam.CompositePrincipal(
            iam.ServicePrincipal("lambda"),
            iam.AccountRootPrincipal(),
            iam.ArnPrincipal("arn:aws:iam::123456789012:user/operator"),
        ),
        external_ids=["cache-operators"],
        role_name="cache-operator",
        description="Operates the shared caches",
        path="/platform/",
        max_session_duration=cdk.Duration.hours(4),
        managed_policies=[
            iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole"),
            iam.ManagedPolicy.from_aws_managed_policy_name("AmazonElastiCacheReadOnlyAccess"),
        ],
        inline_policies={"ReadOnly": read_only, "Tagging": tagging},
        permissions_boundary=boundary,
    )
    role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonElastiCacheReadOnlyAccess"))
    role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_name(stack, "Custom", "cache-extra"))
    iam.Role(stack, "AnyoneRole", assumed_by=iam.AnyPrincipal())
    iam.Role(stack, "PartnerRole", assumed_by=iam.AccountPrincipal("210987654321"))
