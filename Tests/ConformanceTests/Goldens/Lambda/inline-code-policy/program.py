"""Inline code with an initial policy, statements added later, a named function with a description and reserved
concurrency, environment added after creation, and another role and a service allowed to invoke it."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_lambda as lambda_


def build(app):
    stack = cdk.Stack(app, "InlineFunction")
    queue = cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    fn = lambda_.Function(
        stack, "Janitor",
        runtime=lambda_.Runtime.NODEJS_22_X,
        handler="index.handler",
        code=lambda_.Code.from_inline("exports.handler = async () => ({ cleaned: true });"),
        function_name="cache-janitor",
        description="Removes expired cache keys",
        reserved_concurrent_executions=2,
        timeout=cdk.Duration.minutes(2),
        initial_policy=[
            iam.PolicyStatement(actions=["elasticache:DescribeServerlessCaches"], resources=["*"]),
            iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.get_att("Arn").to_string()]),
        ],
        environment={"MODE": "sweep"},
    )
    fn.add_to_role_policy(iam.PolicyStatement(actions=["cloudwatch:PutMetricData"], resources=["*"]))
    fn.add_environment("QUEUE_URL", queue.ref)
    scheduler = iam.Role(stack, "Scheduler", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
    fn.grant_invoke(scheduler)
    fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
    cdk.CfnOutput(stack, "JanitorArn", value=fn.function_arn)
    cdk.CfnOutput(stack, "JanitorName", value=fn.function_name)
