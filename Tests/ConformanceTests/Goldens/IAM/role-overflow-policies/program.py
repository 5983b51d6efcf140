"""Roles whose default policies end just under and just over the size limit, and one with many distinct
grants that the CDK splits into several overflow managed policies (first fit, up to 6000 each)."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam


def bucket_arn(name, index, size):
    """A literal ARN that makes `{"Action": "s3:GetObject", "Resource": arn}` estimate at `size`."""
    base = f"arn:aws:s3:::{name}-{index}-"
    assert size - 62 >= len(base)
    return base + "x" * (size - 62 - len(base))


def add(role, name, index, size):
    role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"],
                                                     resources=[bucket_arn(name, index, size)]))


def build(app):
    stack = cdk.Stack(app, "RoleOverflowPolicies")
    service = iam.ServicePrincipal("lambda.amazonaws.com")

    # 39 statements of 250 and one of 249: 9999, under 10000, so nothing overflows.
    under = iam.Role(stack, "JustUnder", assumed_by=service)
    for index in range(39):
        add(under, "under", index, 250)
    add(under, "under", 39, 249)

    # 40 statements of 250: 10000 is not under 10000, so the last one overflows.
    over = iam.Role(stack, "JustOver", assumed_by=service)
    for index in range(40):
        add(over, "over", index, 250)

    # Many distinct grants: the default policy takes what fits, the rest fills overflow policies.
    large = iam.Role(stack, "Large", assumed_by=service)
    for index in range(39):
        add(large, "kept", index, 250)
    # 24 statements of 250 fill OverflowPolicy1 to exactly 6000.
    for index in range(24):
        add(large, "first", index, 250)
    # 200 more still fit the default policy (9950); 100 more do not, and OverflowPolicy1 is full.
    kept = iam.Grant.add_to_principal(grantee=large, actions=["s3:GetObject"],
                                      resource_arns=[bucket_arn("small", 0, 200)])
    add(large, "small", 1, 100)
    # Resources with tokens count as 150: 212 each.
    tokens = []
    for index in range(10):
        tokens.append(iam.Grant.add_to_principal(
            grantee=large, actions=["s3:GetObject"],
            resource_arns=[f"arn:{cdk.Aws.PARTITION}:s3:::token-bucket-{index}/*"]))
    large.add_to_principal_policy(iam.PolicyStatement(
        effect=iam.Effect.DENY, actions=["s3:DeleteObject", "s3:DeleteBucket"],
        resources=[bucket_arn("deny", 0, 103)],
        conditions={"StringEquals": {"aws:PrincipalTag/team": "cache"}, "Bool": {"aws:SecureTransport": "false"}}))
    for index in range(20):
        add(large, "second", index, 250)
    # OverflowPolicy2 holds 100 + 10 * 212 + 210 (the Deny) + 14 * 250 = 5930, so 70 more fit it exactly
    # (first fit), although OverflowPolicy3 exists by now.
    last = iam.Grant.add_to_principal(grantee=large, actions=["elasticache:Connect"], resource_arns=["*"])
    # A copy of an earlier statement is merged with it and takes no room.
    add(large, "kept", 0, 250)

    queue = cdk.CfnResource(stack, "Consumer", type="AWS::SQS::Queue")
    kept.apply_before(queue)
    tokens[0].apply_before(queue)
    last.apply_before(queue)

    # A smaller estimate for ARNs with tokens lets more statements stay in the default policy.
    estimated = cdk.Stack(app, "RoleOverflowArnEstimate")
    estimated.node.set_context("@aws-cdk/aws-iam.arnSizeEstimate", 100)
    role = iam.Role(estimated, "Reader", assumed_by=service)
    for index in range(70):
        iam.Grant.add_to_principal(grantee=role, actions=["s3:GetObject"],
                                   resource_arns=[f"arn:{cdk.Aws.PARTITION}:s3:::bucket-{index}/*"])
