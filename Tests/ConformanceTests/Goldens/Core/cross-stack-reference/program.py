"""Two stacks: the service stack uses the platform stack's log group through a cross-stack reference."""
import aws_cdk as cdk


def build(app):
    platform = cdk.Stack(app, "CachePlatform", description="Shared cache platform")
    audit_log = cdk.CfnResource(
        platform, "AuditLog", type="AWS::Logs::LogGroup",
        properties={"LogGroupName": "/platform/cache/audit", "RetentionInDays": 30},
    )
    audit_log.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
    cdk.CfnOutput(platform, "AuditLogArn", value=audit_log.get_att("Arn").to_string(),
                  description="Where cache events are audited")

    service = cdk.Stack(app, "EnrollmentService", description="A service that uses the shared cache")
    cdk.CfnResource(
        service, "AuditLogLocation", type="AWS::SSM::Parameter",
        properties={
            "Type": "String",
            "Name": "/enrollment-api/audit-log-arn",
            "Value": audit_log.get_att("Arn").to_string(),
            "Description": f"{service.stack_name} writes audit events to {audit_log.ref} in {service.region}",
        },
    )
    cdk.CfnOutput(service, "PlatformStackId", value=platform.stack_id)
