"""Function code from a local directory: staged into the cloud assembly as a zip asset and published to the
bootstrap bucket, in an environment-agnostic stack and in a stack with an explicit environment. Asset metadata is
on, as the CDK CLI turns it on."""
import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

HERE = os.path.dirname(__file__)


def build(app):
    app.node.set_context("aws:cdk:enable-asset-metadata", True)
    agnostic = cdk.Stack(app, "AssetFunction")
    lambda_.Function(
        agnostic, "Handler",
        runtime=lambda_.Runtime.PYTHON_3_13,
        handler="index.handler",
        code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
    )
    pinned = cdk.Stack(app, "PinnedAssetFunction",
                       env=cdk.Environment(account="123456789012", region="eu-west-1"))
    lambda_.Function(
        pinned, "Handler",
        runtime=lambda_.Runtime.PYTHON_3_13,
        handler="index.handler",
        code=lambda_.Code.from_asset(os.path.join(HERE, "handler")),
        description="The same code, deployed to one account and region",
    )
