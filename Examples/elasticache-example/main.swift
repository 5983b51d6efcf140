import ElastiCacheCDK

// The bundled example: a platform stack that owns shared infrastructure and a service stack that
// uses it through a cross-stack reference. It grows into the full shared-cache platform.
let app = App()

let platform = Stack(app, "CachePlatform", description: "Shared cache platform")
let auditLog = CfnResource(
  platform,
  "AuditLog",
  type: "AWS::Logs::LogGroup",
  properties: ["LogGroupName": "/platform/cache/audit", "RetentionInDays": 30]
)
auditLog.applyRemovalPolicy(.destroy)
_ = CfnOutput(platform, "AuditLogArn", value: auditLog.getAtt("Arn"), description: "Where cache events are audited")

let service = Stack(app, "EnrollmentService", description: "A service that uses the shared cache")
_ = CfnResource(
  service,
  "AuditLogLocation",
  type: "AWS::SSM::Parameter",
  properties: [
    "Type": "String",
    "Name": "/enrollment-api/audit-log-arn",
    "Value": "\(auditLog.getAtt("Arn"))",
    "Description": "\(service.stackName) writes audit events to \(auditLog.ref) in \(service.region)",
  ]
)

app.main()
