"""One inline policy attached to two roles, a named policy, and a policy nothing uses."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam


def build(app):
    stack = cdk.Stack(app, "SharedPolicy")
    reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
    shared = iam.Policy(
        stack, "CacheAccess",
        statements=[iam.PolicyStatement(actions=["elasticache:Connect"], resources=["*"])],
        roles=[reader],
    )
    shared.attach_to_role(writer)
    shared.attach_to_role(reader)
    shared.add_statements(iam.PolicyStatement(
        actions=["elasticache:DescribeServerlessCaches"],
        resources=["arn:aws:elasticache:us-east-1:123456789012:serverlesscache:orders"]))
    named = iam.Policy(stack, "Named", policy_name="cache-admin")
    named.add_statements(iam.PolicyStatement(actions=["elasticache:*"], resources=["*"]))
    writer.attach_inline_policy(named)
    iam.Policy(stack, "Unused", statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])])
    iam.Grant.add_to_principal(grantee=shared, actions=["logs:PutLogEvents"], resource_arns=["*"])
