"""Alarms on a raw cache cluster's metrics: dimensions (given out of order), period, statistic,
threshold, evaluation periods and comparison operator, with CDK's defaults elsewhere."""
import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch


def build(app):
    stack = cdk.Stack(app, "AlarmBasic", env=cdk.Environment(account="123456789012", region="us-east-1"))
    cluster = cdk.CfnResource(
        stack, "Cluster", type="AWS::ElastiCache::CacheCluster",
        properties={"CacheNodeType": "cache.t3.micro", "Engine": "redis", "NumCacheNodes": 1},
    )
    freeable_memory = cloudwatch.Metric(
        namespace="AWS/ElastiCache",
        metric_name="FreeableMemory",
        dimensions_map={"CacheNodeId": "0001", "CacheClusterId": cluster.ref},
        period=cdk.Duration.minutes(1),
        statistic="Minimum",
    )
    freeable_memory.create_alarm(
        stack, "LowMemory",
        threshold=100000000,
        evaluation_periods=3,
        comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
    )

    cpu = cloudwatch.Metric(namespace="AWS/ElastiCache", metric_name="CPUUtilization")
    cpu.create_alarm(stack, "HighCpu", threshold=90, evaluation_periods=1)

    cloudwatch.Alarm(
        stack, "Evictions",
        metric=cloudwatch.Metric(
            namespace="AWS/ElastiCache", metric_name="Evictions",
            dimensions_map={"CacheClusterId": cluster.ref},
            period=cdk.Duration.seconds(60), statistic="sum",
        ),
        threshold=0.5,
        evaluation_periods=2,
        comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    )
    cloudwatch.Alarm(
        stack, "FewConnections",
        metric=cloudwatch.Metric(
            namespace="AWS/ElastiCache", metric_name="CurrConnections",
            dimensions_map={"CacheClusterId": cluster.ref}, period=cdk.Duration.hours(1),
        ),
        threshold=1,
        evaluation_periods=24,
        comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
    )
