"""A small app whose whole cloud assembly (manifest, asset manifests, metadata, tree) is compared.

scripts/regenerate-goldens.sh writes the templates; scripts/regenerate-assembly-golden.sh writes the
other assembly files into assembly/.
"""
import aws_cdk as cdk


def build(app):
    platform = cdk.Stack(app, "CachePlatform", description="Shared cache platform",
                         tags={"team": "platform", "Cost": "1", "b": "2", "10": "x"})
    audit_log = cdk.CfnResource(platform, "AuditLog", type="AWS::Logs::LogGroup",
                                properties={"LogGroupName": "/platform/cache/audit", "RetentionInDays": 30})
    audit_log.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
    cdk.CfnOutput(platform, "AuditLogArn", value=audit_log.get_att("Arn").to_string(),
                  description="Where cache events are audited")

    service = cdk.Stack(app, "EnrollmentService", stack_name="enrollment-prod", termination_protection=True,
                        description="A service that uses the shared cache")
    cdk.CfnResource(service, "AuditLogLocation", type="AWS::SSM::Parameter", properties={
        "Type": "String",
        "Name": "/enrollment-api/audit-log-arn",
        "Value": audit_log.get_att("Arn").to_string(),
        "Description": f"{service.stack_name} writes audit events to {audit_log.ref} in {service.region}",
    })

    regional = cdk.Stack(app, "Regional", env=cdk.Environment(account="123456789012", region="eu-west-1"))
    cdk.CfnResource(regional, "Topic", type="AWS::SNS::Topic")
    regional.add_stack_dependency(platform)
    cdk.Tags.of(regional).add("k", "v")
    cdk.CfnOutput(regional, "Zones", value=cdk.Fn.join(",", regional.availability_zones))
