"""Managed policies the app owns: statements, description, name and path; attached to roles by the
policy or by the role; grants to a managed policy; its ARN and name as outputs."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam


def build(app):
    stack = cdk.Stack(app, "ManagedPolicies")
    reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
    cache_arn = stack.format_arn(service="elasticache", resource="serverlesscache", resource_name="orders",
                                 arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME)

    connect = iam.ManagedPolicy(
        stack, "CacheConnect",
        statements=[iam.PolicyStatement(actions=["elasticache:Connect"], resources=[cache_arn])],
        roles=[reader])
    connect.attach_to_role(writer)
    connect.attach_to_role(reader)
    connect.add_statements(iam.PolicyStatement(
        actions=["elasticache:DescribeServerlessCaches"], resources=["*"]))

    document = iam.PolicyDocument(statements=[
        iam.PolicyStatement(actions=["elasticache:ModifyServerlessCache"], resources=[cache_arn])])
    admin = iam.ManagedPolicy(
        stack, "CacheAdmin", managed_policy_name="cache-admin", description="Administers the orders cache",
        path="/platform/", document=document,
        statements=[iam.PolicyStatement(actions=["elasticache:DeleteServerlessCache"], resources=[cache_arn],
                                        effect=iam.Effect.DENY)])
    writer.add_managed_policy(admin)
    iam.Grant.add_to_principal(grantee=admin, actions=["logs:PutLogEvents"], resource_arns=["*"])

    iam.ManagedPolicy(stack, "Unattached",
                      statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])])

    cdk.CfnOutput(stack, "ConnectArn", value=connect.managed_policy_arn)
    cdk.CfnOutput(stack, "AdminName", value=admin.managed_policy_name)
