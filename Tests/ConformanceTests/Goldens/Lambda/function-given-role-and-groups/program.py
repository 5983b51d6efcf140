"""A function in an imported VPC with its own role and security group, placed in explicitly allowed public subnets,
an explicit x86_64 architecture, tags on the function and its role, and an account allowed to invoke it."""
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_iam as iam, aws_lambda as lambda_, aws_s3 as s3


def build(app):
    stack = cdk.Stack(app, "GivenRoleAndGroups")
    vpc = ec2.Vpc.from_vpc_attributes(
        stack, "Vpc", vpc_id="vpc-0123456789abcdef0", availability_zones=["us-east-1a", "us-east-1b"],
        public_subnet_ids=["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"],
        private_subnet_ids=["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"],
    )
    role = iam.Role(stack, "ExecutionRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    group = ec2.SecurityGroup(stack, "FunctionSG", vpc=vpc, description="edge function")
    fn = lambda_.Function(
        stack, "Edge",
        runtime=lambda_.Runtime.JAVA_21,
        handler="com.example.Edge::handleRequest",
        architecture=lambda_.Architecture.X86_64,
        code=lambda_.Code.from_bucket(
            s3.Bucket.from_bucket_arn(stack, "Artifacts", "arn:aws:s3:::edge-artifacts"),
            "edge.zip", "3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"),
        role=role,
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
        allow_public_subnet=True,
        security_groups=[group],
    )
    cdk.Tags.of(fn).add("team", "edge")
    fn.grant_invoke(iam.AccountPrincipal("111122223333"))
    fn.grant_invoke(iam.AccountPrincipal("111122223333"))
