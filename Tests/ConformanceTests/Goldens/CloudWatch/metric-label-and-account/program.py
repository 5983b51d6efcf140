"""Metrics that render as a metric data query: one with a label, one from another account (given
explicitly, and attached to a construct in another account's stack); `with` overriding options."""
import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch


def build(app):
    producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
    cache = cdk.CfnResource(
        producer, "Cache", type="AWS::ElastiCache::ServerlessCache",
        properties={"Engine": "valkey", "ServerlessCacheName": "shared-cache"},
    )
    monitoring = cdk.Stack(app, "Monitoring", env=cdk.Environment(account="222222222222", region="us-east-1"))

    base = cloudwatch.Metric(
        namespace="AWS/ElastiCache", metric_name="CacheHits",
        dimensions_map={"ServerlessCacheName": "shared-cache"}, statistic="Sum",
    )
    base.with_(label="Cache hits").create_alarm(monitoring, "Labelled", threshold=10, evaluation_periods=2)
    base.with_(account="111111111111", unit=cloudwatch.Unit.COUNT).create_alarm(
        monitoring, "CrossAccount", threshold=10, evaluation_periods=2)
    base.with_(account="222222222222", region="us-east-1").create_alarm(
        monitoring, "SameAccount", threshold=10, evaluation_periods=2)
    base.with_(statistic="p90", period=cdk.Duration.minutes(15),
               dimensions_map={"ServerlessCacheName": "other-cache"}).attach_to(cache).create_alarm(
        monitoring, "Attached", threshold=10, evaluation_periods=2)
    base.attach_to(monitoring).with_(label="Local hits").create_alarm(
        monitoring, "AttachedLocal", threshold=10, evaluation_periods=2)
