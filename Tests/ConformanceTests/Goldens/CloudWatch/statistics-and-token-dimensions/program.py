"""Percentile, trimmed-mean and simple statistics as CDK normalizes them, on metrics whose
dimension values are tokens (a raw serverless cache's Ref, its GetAtt, and a joined string)."""
import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch


def build(app):
    stack = cdk.Stack(app, "Statistics")
    cache = cdk.CfnResource(
        stack, "Cache", type="AWS::ElastiCache::ServerlessCache",
        properties={"Engine": "valkey", "ServerlessCacheName": "statistics-cache"},
    )

    def metric(name, statistic, dimensions=None):
        return cloudwatch.Metric(
            namespace="AWS/ElastiCache", metric_name=name, statistic=statistic,
            dimensions_map=dimensions or {"ServerlessCacheName": cache.ref},
        )

    metric("SuccessfulReadRequestLatency", "p99").create_alarm(
        stack, "ReadLatencyP99", threshold=2000, evaluation_periods=3,
        evaluate_low_sample_count_percentile="ignore",
    )
    metric("SuccessfulWriteRequestLatency", "P99.9").create_alarm(
        stack, "WriteLatencyP999", threshold=5000, evaluation_periods=3,
        evaluate_low_sample_count_percentile="evaluate",
    )
    metric("CacheHits", "Sum").create_alarm(stack, "Hits", threshold=1000, evaluation_periods=1)
    metric("BytesUsedForCache", "Maximum").create_alarm(stack, "DataStored", threshold=1e10, evaluation_periods=1)
    metric("CacheHitRate", "avg").create_alarm(stack, "HitRate", threshold=80, evaluation_periods=2,
                                               comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD)
    metric("CurrConnections", "n").create_alarm(stack, "Samples", threshold=1, evaluation_periods=1)
    metric("CurrConnections", "min").create_alarm(stack, "MinConnections", threshold=1, evaluation_periods=1)
    metric("SuccessfulReadRequestLatency", "tm90").create_alarm(stack, "TrimmedMean", threshold=100, evaluation_periods=1)
    metric("SuccessfulReadRequestLatency", "tm(10%:90%)").create_alarm(stack, "TrimmedRange", threshold=100, evaluation_periods=1)
    metric("SuccessfulReadRequestLatency", "iqm").create_alarm(stack, "Iqm", threshold=100, evaluation_periods=1)
    metric("NetworkBytesIn", "Sum", {
        "ServerlessCacheName": cache.ref,
        "Endpoint": cache.get_att("Endpoint.Address").to_string(),
        "Alias": f"{cache.ref}-primary",
    }).create_alarm(stack, "NetworkIn", threshold=1e9, evaluation_periods=1)
