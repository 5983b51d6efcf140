"""Values computed late, when the whole app has been declared."""
import aws_cdk as cdk
import jsii
from aws_cdk import Lazy


class Producer:
    """A value computed once, on first use (Lazy.string, number, list, any)."""

    def __init__(self, fn):
        self.fn = fn

    def produce(self):
        return self.fn()


@jsii.implements(cdk.IStableStringProducer)
class StringProducer(Producer):
    pass


@jsii.implements(cdk.IStableNumberProducer)
class NumberProducer(Producer):
    pass


@jsii.implements(cdk.IStableListProducer)
class ListProducer(Producer):
    pass


@jsii.implements(cdk.IStableAnyProducer)
class AnyProducer(Producer):
    pass


@jsii.implements(cdk.IStringProducer)
class UncachedProducer:
    """A value computed at every use (Lazy.uncached_string)."""

    def __init__(self, fn):
        self.fn = fn

    def produce(self, context):
        return self.fn()


def build(app):
    stack = cdk.Stack(app, "Lazy")
    names = []
    cdk.CfnResource(stack, "Summary", type="AWS::SSM::Parameter", properties={
        "Type": "StringList",
        "Value": Lazy.string(StringProducer(lambda: ",".join(names))),
        "Description": f"{cdk.Token.as_string(Lazy.number(NumberProducer(lambda: len(names))))} queues in {cdk.Aws.REGION}",
        "AllowedPattern": Lazy.string(StringProducer(lambda: None)),
    })
    cdk.CfnResource(stack, "Policy", type="AWS::SQS::QueuePolicy", properties={
        "Queues": Lazy.list(ListProducer(lambda: list(names))),
        "PolicyDocument": Lazy.any(AnyProducer(lambda: {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"},
                           "Action": "sqs:SendMessage", "Resource": "*"}],
        })),
    })
    cdk.CfnResource(stack, "Empty", type="AWS::SNS::Topic", properties={
        "Subscription": Lazy.any(AnyProducer(lambda: []), omit_empty_array=True),
        "TopicName": Lazy.string(StringProducer(lambda: f"topic-for-{len(names)}-queues")),
        "DisplayName": Lazy.uncached_string(UncachedProducer(lambda: f"{len(names)} queues")),
    })
    for name in ["orders", "payments", "refunds"]:
        cdk.CfnResource(stack, name.capitalize(), type="AWS::SQS::Queue", properties={"QueueName": name})
        names.append(name)
