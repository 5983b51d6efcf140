"""The four removal policies, and DependsOn from construct-level dependencies between groups."""
import aws_cdk as cdk
from constructs import Construct


def volume(scope, id):
    return cdk.CfnResource(scope, id, type="AWS::EC2::Volume",
                           properties={"AvailabilityZone": "us-east-1a", "Size": 10})


def build(app):
    stack = cdk.Stack(app, "Policies")
    volume(stack, "Destroyed").apply_removal_policy(cdk.RemovalPolicy.DESTROY)
    volume(stack, "Retained").apply_removal_policy(cdk.RemovalPolicy.RETAIN)
    volume(stack, "Snapshotted").apply_removal_policy(cdk.RemovalPolicy.SNAPSHOT)
    volume(stack, "RetainedOnUpdateOrDelete").apply_removal_policy(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE)
    volume(stack, "DeletionOnly").apply_removal_policy(cdk.RemovalPolicy.RETAIN, apply_to_update_replace_policy=False)
    volume(stack, "Untouched")

    # Construct-level dependencies: every resource below the source depends on every resource below the targets.
    storage = Construct(stack, "Storage")
    for id in ["beta", "Alpha", "alpha-2", "_private", "10-volume", "9-volume", "Zeta", "a.b", "a-b", "aB", "Ab"]:
        volume(storage, id)
    network = Construct(stack, "Network")
    volume(Construct(network, "Inner"), "Deep")
    volume(network, "Shallow")
    service = Construct(stack, "Service")
    app_volume = volume(service, "App")
    worker = volume(service, "Worker")
    service.node.add_dependency(storage, network)
    # A resource-level dependency on top, and a dependency on a construct without resources.
    worker.add_dependency(app_volume)
    worker.node.add_dependency(Construct(stack, "Empty"))
