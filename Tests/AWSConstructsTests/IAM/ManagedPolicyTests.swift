import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("IAM.ManagedPolicy")
struct ManagedPolicyTests {
  private func errors(_ app: App) -> [Diagnostic] {
    do {
      _ = try app.synthesize()
      return []
    } catch {
      return error.errors
    }
  }

  @Test("A managed policy renders an empty description and the path / by default, and its ARN is a Ref")
  func defaults() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let policy = IAM.ManagedPolicy(
      stack, "Policy", path: "", statements: [IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"])])
    policy.attachToRole(role)
    policy.attachToRole(role)
    #expect(policy.path == "/")
    #expect(policy.roles.count == 1)
    #expect(stack.resolve(policy.managedPolicyArn) == ["Ref": "Policy23B91518"])
    try Template(stack).hasResourceProperties(
      "AWS::IAM::ManagedPolicy",
      .exact([
        "Description": "",
        "Path": "/",
        "PolicyDocument": [
          "Statement": [["Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"]], "Version": "2012-10-17",
        ],
        "Roles": [["Ref": "Role1ABCC5F0"]],
      ]))
  }

  @Test("Grants to a managed policy add its statements; the policy holds them")
  func grants() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let policy = IAM.ManagedPolicy(stack, "Policy")
    let grant = IAM.Grant.addToPrincipal(grantee: policy, actions: ["logs:PutLogEvents"], resourceArns: ["*"])
    #expect(grant.success)
    #expect(grant.dependables.first === policy)
    #expect(policy.document.statementCount == 1)
  }

  @Test("An empty managed policy and statements that do not belong in an identity policy are errors")
  func validation() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = IAM.ManagedPolicy(stack, "Empty")
    _ = IAM.ManagedPolicy(
      stack, "WithPrincipal",
      statements: [IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"], principals: [IAM.AnyPrincipal()])])
    #expect(
      errors(app).map { "\($0.path) \($0.code): \($0.message)" } == [
        "Stack/Empty EmptyManagedPolicy: Managed Policy is empty. You must add statements to the policy",
        "Stack/WithPrincipal IdentityPolicyStatementWithPrincipals: A PolicyStatement used in an identity-based policy "
          + "cannot specify any IAM principals.",
      ])
  }

  @Test("A managed policy's principal cannot appear in a resource policy")
  func principalInResourcePolicy() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let policy = IAM.ManagedPolicy(
      stack, "Policy", statements: [IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])])
    let key = KMS.Key(stack, "Key")
    key.addToResourcePolicy(
      IAM.PolicyStatement(actions: ["kms:Decrypt"], resources: ["*"], principals: [policy.grantPrincipal]))
    #expect(
      errors(app).map { "\($0.path) \($0.code)" } == ["Stack/Policy GrantOperationNeedsAddResource"])
  }

  @Test("The factories for policies outside the app still work")
  func factories() {
    let stack = Stack(App(outdir: "unused"), "Stack", env: Environment(account: "123456789012", region: "eu-west-1"))
    #expect(
      stack.resolve(IAM.ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess").managedPolicyArn)
        == stack.resolve(StringValue("arn:\(Aws.partition):iam::aws:policy/ReadOnlyAccess")))
    #expect(
      stack.resolve(IAM.ManagedPolicy.fromManagedPolicyName(stack, "Named", "extra").managedPolicyArn)
        == stack.resolve(StringValue("arn:\(Aws.partition):iam::123456789012:policy/extra")))
    #expect(
      stack.resolve(IAM.ManagedPolicy.fromManagedPolicyArn(stack, "ByArn", "arn:aws:iam::1:policy/p").managedPolicyArn)
        == "arn:aws:iam::1:policy/p")
    #expect(stack.node.tryFindChild("Named") != nil)
  }
}
