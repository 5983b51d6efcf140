import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("IAM.Policy")
struct PolicyTests {
  private func errors(_ app: App) -> [Diagnostic] {
    do {
      _ = try app.synthesize()
      return []
    } catch {
      return error.errors
    }
  }

  @Test("A policy without statements or without roles is left out of the template")
  func emptyOrUnattachedIsLeftOut() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    _ = IAM.Policy(stack, "Empty", roles: [role])
    _ = IAM.Policy(stack, "Unattached", statements: [IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])])
    try Template(stack).resourceCountIs("AWS::IAM::Policy", 0)
  }

  @Test("An empty policy attached after another to the same role is an error, as in the AWS CDK")
  func emptyPolicyComparedByName() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    _ = IAM.Policy(
      stack, "Access", statements: [IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])], roles: [role])
    _ = IAM.Policy(stack, "Empty", roles: [role])
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack/Empty: This Policy has been referenced by a resource, so it must contain at least one statement."
      ])
  }

  @Test("A forced policy must have statements and roles")
  func forcedPolicy() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = IAM.Policy(stack, "Forced", force: true)
    #expect(
      errors(app).map(\.message) == [
        "Policy created with force=true is empty. You must add statements to the policy",
        "Policy created with force=true must be attached to at least one principal: user, group or role",
      ])
  }

  @Test("Two policies with the same name cannot be attached to one role")
  func duplicateNames() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let statement = IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])
    _ = IAM.Policy(stack, "First", policyName: "access", statements: [statement], roles: [role])
    _ = IAM.Policy(stack, "Second", policyName: "access", statements: [statement], roles: [role])
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == ["Stack/Second: A policy named \"access\" is already attached"]
    )
  }

  @Test("A statement that is invalid in an identity policy is reported on the policy")
  func identityPolicyValidation() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    _ = IAM.Policy(stack, "Policy", statements: [IAM.PolicyStatement(actions: ["s3:GetObject"])], roles: [role])
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack/Policy: A PolicyStatement used in an identity-based policy must specify at least one resource."
      ])
  }

  @Test("Granting to a policy adds to it, but it cannot be named in a key policy")
  func policyAsGrantee() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let policy = IAM.Policy(stack, "Policy", roles: [role])
    IAM.Grant.addToPrincipal(grantee: policy, actions: ["s3:GetObject"], resourceArns: ["*"])
    #expect(policy.document.statementCount == 1)
    let key = KMS.Key(stack, "Key")
    IAM.Grant.addToPrincipalAndResource(
      grantee: policy, actions: ["kms:Decrypt"], resourceArns: [key.keyArn], resource: key)
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack/Policy: This grant operation needs to add a resource policy so needs access to a principal. Grant "
          + "permissions to a Role or User, instead of a Policy."
      ])
  }
}
