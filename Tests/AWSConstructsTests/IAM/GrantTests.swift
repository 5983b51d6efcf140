import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("IAM.Grant")
struct GrantTests {
  @Test("A grant with an invalid action is reported on the grantee and adds nothing")
  func invalidAction() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let grant = IAM.Grant.addToPrincipal(grantee: role, actions: ["elasticache Connect"], resourceArns: ["*"])
    #expect(!grant.success)
    #expect(role.defaultPolicy == nil)
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Action 'elasticache Connect' is invalid. An action string consists of a service namespace, a colon, "
          + "and the name of an action. Action names can include wildcards.",
        path: "Stack/Role"))
  }

  @Test("A grant to a service principal goes to the resource policy only")
  func servicePrincipalGoesToResource() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let key = KMS.Key(stack, "Key")
    let grant = key.grantDecrypt(IAM.ServicePrincipal("logs.amazonaws.com"))
    #expect(grant.principalStatement == nil)
    #expect(grant.resourceStatement?.actions == ["kms:Decrypt"])
    #expect(grant.dependables.first === key)
    try Template(stack).hasResourceProperties(
      "AWS::KMS::Key",
      [
        "KeyPolicy": [
          "Statement": .arrayWith([
            ["Action": "kms:Decrypt", "Principal": ["Service": "logs.amazonaws.com"], "Resource": "*"]
          ])
        ]
      ])
  }

  @Test("Combined grants keep the statements of both; a dropped grant has none")
  func combineAndDrop() {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let first = IAM.Grant.addToPrincipal(grantee: role, actions: ["s3:GetObject"], resourceArns: ["*"])
    let second = IAM.Grant.addToPrincipal(grantee: role, actions: ["s3:PutObject"], resourceArns: ["*"])
    #expect(first.combine(second).principalStatements.map(\.actions) == [["s3:GetObject"], ["s3:PutObject"]])
    #expect(!IAM.Grant.drop(grantee: role, intent: "not needed").success)
  }
}
