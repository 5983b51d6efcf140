import ElastiCacheCDK
import Testing

@Suite("Core conformance: cross-stack references")
struct CrossStackReferenceTests {
  @Test("A reference into another stack becomes an export there and an import here")
  func crossStackReference() throws {
    let app = App(outdir: "unused")
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
    _ = CfnOutput(service, "PlatformStackId", value: platform.stackID)

    try Goldens.expectMatch(app, "Core/cross-stack-reference")
  }
}
