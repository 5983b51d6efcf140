"""Equal statements in a role's default policy are merged before the CDK measures it: copies, and
statements whose actions or resources come in another order. Statements that differ in any way stay."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms


def build(app):
    stack = cdk.Stack(app, "RoleMergedGrants")
    role = iam.Role(stack, "Worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    key = kms.Key(stack, "Key")
    cache_arn = "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:orders"
    user_arn = "arn:aws:elasticache:us-east-1:123456789012:user:orders-app"

    # 100 copies of one statement that alone estimates 300: one statement, no overflow policy.
    for _ in range(100):
        role.add_to_principal_policy(iam.PolicyStatement(
            actions=["elasticache:Connect"], resources=[cache_arn + ("x" * 196)]))

    # The same actions and resources in another order: merged into the first.
    first = iam.Grant.add_to_principal(
        grantee=role, actions=["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
        resource_arns=[cache_arn, user_arn])
    second = iam.Grant.add_to_principal(
        grantee=role, actions=["elasticache:DescribeServerlessCaches", "elasticache:Connect"],
        resource_arns=[user_arn, cache_arn])

    # Different effect, sid, conditions or resources: kept apart.
    role.add_to_principal_policy(iam.PolicyStatement(
        effect=iam.Effect.DENY, actions=["elasticache:Connect"], resources=[cache_arn]))
    role.add_to_principal_policy(iam.PolicyStatement(
        actions=["elasticache:Connect"], resources=[cache_arn], sid="Connect"))
    role.add_to_principal_policy(iam.PolicyStatement(
        actions=["elasticache:Connect"], resources=[cache_arn],
        conditions={"Bool": {"aws:SecureTransport": "true"}}))
    role.add_to_principal_policy(iam.PolicyStatement(
        actions=["elasticache:Connect"], resources=[cache_arn],
        conditions={"Bool": {"aws:SecureTransport": "true"}}))
    role.add_to_principal_policy(iam.PolicyStatement(actions=["elasticache:Connect"], resources=[user_arn]))

    # Key grants twice: one statement.
    key.grant_decrypt(role)
    key.grant_decrypt(role)

    # 40 more distinct statements of 250, each twice: the copies take no room, and the last 6 overflow.
    for index in range(40):
        for _ in range(2):
            role.add_to_principal_policy(iam.PolicyStatement(
                actions=["s3:GetObject"], resources=[f"arn:aws:s3:::bucket-{index:02d}-" + "x" * 168]))

    queue = cdk.CfnResource(stack, "Consumer", type="AWS::SQS::Queue")
    second.apply_before(queue)
