"""A function role whose default policy collects several grants, a statement and a key grant."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms


def build(app):
    stack = cdk.Stack(app, "RoleDefaultPolicy")
    role = iam.Role(stack, "ServiceRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    key = kms.Key(stack, "Key")
    cache_arn = stack.format_arn(service="elasticache", resource="serverlesscache", resource_name="orders",
                                 arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME)
    iam.Grant.add_to_principal(
        grantee=role,
        actions=["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
        resource_arns=[cache_arn, stack.format_arn(service="elasticache", resource="user", resource_name="app",
                                                   arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME)],
    )
    role.add_to_principal_policy(iam.PolicyStatement(
        actions=["logs:CreateLogStream", "logs:PutLogEvents", "logs:PutLogEvents"],
        resources=["*"],
    ))
    role.add_to_principal_policy(iam.PolicyStatement(
        effect=iam.Effect.DENY,
        actions=["ssm:GetParameter"],
        resources=[f"arn:aws:ssm:us-east-1:123456789012:parameter/secret"],
        conditions={"Bool": {"aws:SecureTransport": "false"}},
        sid="DenyInsecure",
    ))
    iam.Grant.add_to_principal(
        grantee=role,
        actions=["secretsmanager:GetSecretValue"],
        resource_arns=["arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"],
        conditions={"StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}},
    )
    key.grant_decrypt(role)
    key.grant_decrypt(role)
    role.grant_pass_role(role)
    cdk.CfnOutput(stack, "RoleArn", value=role.role_arn)
    cdk.CfnOutput(stack, "RoleId", value=role.role_id)
