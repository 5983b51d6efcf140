"""An alarm with every option: datapoints to alarm, treat missing data, name, description, actions
(an imported topic ARN and a topic's Ref), unit; its ARN and name as outputs."""
import aws_cdk as cdk
import jsii
from aws_cdk import aws_cloudwatch as cloudwatch


@jsii.implements(cloudwatch.IAlarmAction)
class ArnAction:
    def __init__(self, arn):
        self.arn = arn

    def bind(self, scope, alarm):
        return cloudwatch.AlarmActionConfig(alarm_action_arn=self.arn)


def build(app):
    stack = cdk.Stack(app, "AlarmOptions", env=cdk.Environment(account="123456789012", region="eu-west-1"))
    topic = cdk.CfnResource(stack, "Alerts", type="AWS::SNS::Topic")
    metric = cloudwatch.Metric(
        namespace="AWS/ElastiCache",
        metric_name="ElastiCacheProcessingUnits",
        dimensions_map={"ServerlessCacheName": "orders"},
        unit=cloudwatch.Unit.COUNT,
        statistic="Maximum",
    )
    alarm = metric.create_alarm(
        stack, "ProcessingUnits",
        threshold=50000,
        evaluation_periods=5,
        datapoints_to_alarm=3,
        treat_missing_data=cloudwatch.TreatMissingData.BREACHING,
        alarm_name="orders-cache-processing-units",
        alarm_description="ECPUs consumed by the orders cache are high",
        actions_enabled=True,
    )
    alarm.add_alarm_action(ArnAction("arn:aws:sns:eu-west-1:123456789012:on-call"), ArnAction(topic.ref))
    alarm.add_ok_action(ArnAction(topic.ref))
    alarm.add_insufficient_data_action(ArnAction("arn:aws:sns:eu-west-1:123456789012:on-call"))
    cdk.CfnOutput(stack, "AlarmArn", value=alarm.alarm_arn)
    cdk.CfnOutput(stack, "AlarmName", value=alarm.alarm_name)

    for treat, name in [(cloudwatch.TreatMissingData.NOT_BREACHING, "NotBreaching"),
                        (cloudwatch.TreatMissingData.IGNORE, "Ignore"),
                        (cloudwatch.TreatMissingData.MISSING, "Missing")]:
        cloudwatch.Metric(namespace="AWS/ElastiCache", metric_name="CacheHits").create_alarm(
            stack, name, threshold=1, evaluation_periods=1, treat_missing_data=treat,
            actions_enabled=False, alarm_description=f"treat missing data: {name}",
        )
