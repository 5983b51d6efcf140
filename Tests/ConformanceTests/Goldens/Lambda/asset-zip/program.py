"""Function code from a prebuilt .zip archive (a Swift binary's bootstrap), uploaded as is."""
import os

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

HERE = os.path.dirname(__file__)


def build(app):
    app.node.set_context("aws:cdk:enable-asset-metadata", True)
    stack = cdk.Stack(app, "ZipFunction")
    lambda_.Function(
        stack, "Service",
        runtime=lambda_.Runtime.PROVIDED_AL2023,
        handler="bootstrap",
        architecture=lambda_.Architecture.ARM_64,
        code=lambda_.Code.from_asset(os.path.join(HERE, "function.zip")),
        memory_size=128,
    )
