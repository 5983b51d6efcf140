"""Logical ids from deep, long and unusual construct paths."""
import aws_cdk as cdk
from constructs import Construct


def topic(scope, id):
    return cdk.CfnResource(scope, id, type="AWS::SNS::Topic")


def build(app):
    stack = cdk.Stack(app, "LongIds")
    # Deep paths, with `Resource` hidden from the human part and `Default` left out entirely.
    level = stack
    for i in range(1, 6):
        level = Construct(level, f"Level{i}")
    topic(level, "Resource")
    topic(level, "Leaf")
    topic(Construct(stack, "Wrapper"), "Default")
    topic(Construct(Construct(stack, "Outer"), "Default"), "Resource")
    topic(Construct(Construct(stack, "Parent"), "Default"), "Child")
    # Ids with characters other than letters and digits.
    topic(stack, "My-Topic.v2_final")
    topic(Construct(stack, "Group#1"), "Topic (primary)")
    # Duplicated consecutive components.
    topic(Construct(stack, "Alerts"), "Alerts")
    topic(Construct(Construct(stack, "Cache"), "CacheAlerts"), "Alerts")
    topic(Construct(stack, "Queue"), "DeadLetterQueue")
    # The 255-character limit of a single component and the 240-character human part.
    topic(stack, "A" * 255)
    topic(stack, "B" * 256)
    topic(Construct(stack, "C" * 200), "D" * 60)
    topic(Construct(stack, "E" * 120), "F" * 119)
    # An override keeps a chosen logical id.
    topic(Construct(stack, "Moved"), "Topic").override_logical_id("LegacyTopicName")
