"""Buckets defined elsewhere, imported by name and by ARN, read by a role (all objects, and one key prefix)."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_s3 as s3


def build(app):
    stack = cdk.Stack(app, "ImportedBuckets")
    role = iam.Role(stack, "Deployer", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
    artifacts = s3.Bucket.from_bucket_name(stack, "Artifacts", "my-artifacts")
    reports = s3.Bucket.from_bucket_arn(stack, "Reports", "arn:aws:s3:::cache-reports")
    artifacts.grant_read(role)
    reports.grant_read(role, "daily/*")
    cdk.CfnOutput(stack, "ArtifactsArn", value=artifacts.bucket_arn)
    cdk.CfnOutput(stack, "ReportsName", value=reports.bucket_name)
    cdk.CfnOutput(stack, "ReportObjects", value=reports.arn_for_objects("2024/*"))
