"""The `core` benchmark workload for the AWS CDK: 1,000 raw resources in 10 stacks with cross-stack references."""
import aws_cdk as cdk


def build(app):
    previous = []
    for stack_index in range(10):
        stack = cdk.Stack(app, f"Stack{stack_index}")
        current = []
        for index in range(100):
            topic_name = f"topic-{index}" if not previous else f"{previous[index].get_att('TopicName')}-{index}"
            current.append(cdk.CfnResource(stack, f"Topic{index}", type="AWS::SNS::Topic", properties={
                "TopicName": topic_name, "DisplayName": f"Topic {index} of {stack.stack_name}"}))
        previous = current
