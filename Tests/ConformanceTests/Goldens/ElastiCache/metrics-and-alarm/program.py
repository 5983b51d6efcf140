"""README: metrics of a cache and an alarm on ECPUs; every named metric in an alarm."""
import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache_alpha as elasticache


def build(app):
    stack = cdk.Stack(app, "Metrics")
    vpc = ec2.Vpc(stack, "VPC")
    cache = elasticache.ServerlessCache(stack, "ServerlessCache", vpc=vpc)
    units = cache.metric_processing_units_consumed()
    units.create_alarm(stack, "ElastiCacheProcessingUnitsAlarm", threshold=50, evaluation_periods=1)
    metrics = {
        "HitCount": cache.metric_cache_hit_count(),
        "MissCount": cache.metric_cache_miss_count(),
        "HitRate": cache.metric_cache_hit_rate(),
        "DataStored": cache.metric_data_stored(),
        "BytesIn": cache.metric_network_bytes_in(),
        "BytesOut": cache.metric_network_bytes_out(),
        "Connections": cache.metric_active_connections(),
        "WriteLatency": cache.metric_write_request_latency(),
        "ReadLatency": cache.metric_read_request_latency(),
        "Custom": cache.metric("CustomMetric", statistic="Minimum", period=cdk.Duration.minutes(1)),
    }
    for name, metric in metrics.items():
        cloudwatch.Alarm(stack, name + "Alarm", metric=metric, threshold=1, evaluation_periods=2,
                         comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD)
