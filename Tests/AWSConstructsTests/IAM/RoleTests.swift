import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("IAM.Role")
struct RoleTests {
  private func errors(_ app: App) -> [Diagnostic] {
    do {
      _ = try app.synthesize()
      return []
    } catch {
      return error.errors
    }
  }

  @Test("A role without grants has no default policy; the first grant creates it and later ones append")
  func defaultPolicyAccumulates() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    #expect(role.defaultPolicy == nil)
    try Template(stack).resourceCountIs("AWS::IAM::Policy", 0)

    role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"]))
    let grant = IAM.Grant.addToPrincipal(
      grantee: role, actions: ["sqs:SendMessage"], resourceArns: ["arn:aws:sqs:us-east-1:123456789012:orders"])
    #expect(grant.success)
    #expect(grant.dependables.first === role.defaultPolicy)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::IAM::Policy", 1)
    try template.hasResourceProperties(
      "AWS::IAM::Policy",
      .exact([
        "PolicyDocument": [
          "Statement": [
            ["Action": "s3:GetObject", "Effect": "Allow", "Resource": "arn:aws:s3:::b/*"],
            ["Action": "sqs:SendMessage", "Effect": "Allow", "Resource": "arn:aws:sqs:us-east-1:123456789012:orders"],
          ],
          "Version": "2012-10-17",
        ],
        "PolicyName": "RoleDefaultPolicy5FFB7DAB",
        "Roles": [["Ref": "Role1ABCC5F0"]],
      ]))
  }

  @Test("Applying a grant before a resource makes the resource depend on the role's default policy")
  func applyBefore() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let consumer = CfnResource(stack, "Consumer", type: "AWS::SQS::Queue")
    role.grant(role, actions: "iam:GetRole").applyBefore(consumer)
    try Template(stack).hasResource("AWS::SQS::Queue", ["DependsOn": ["RoleDefaultPolicy5FFB7DAB"]])
  }

  @Test("Invalid role settings are reported with the AWS CDK's messages on the role")
  func invalidSettings() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = IAM.Role(
      stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"), roleName: "has spaces",
      description: String(repeating: "d", count: 1001), path: "platform", maxSessionDuration: .minutes(30))
    let found = errors(app)
    #expect(found.allSatisfy { $0.path == "Stack/Role" })
    #expect(
      found.map(\.code) == [
        "InvalidRoleName", "MaxSessionDurationSet", "RoleDescriptionLongerCharacters", "InvalidRolePathCharacters",
      ])
    #expect(
      found.map(\.message).contains(
        "maxSessionDuration is set to 1800, but must be >= 3600sec (1hr) and <= 43200sec (12hrs)"))
    #expect(
      found.map(\.message).contains(
        "Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by slashes. "
          + "Valid characters are unicode characters in [\\u0021-\\u007F]. However, platform is provided."))
  }

  @Test("A statement with principals in an inline policy is reported on the role")
  func inlinePolicyValidation() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = IAM.Role(
      stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"),
      inlinePolicies: [
        "Bad": IAM.PolicyDocument(statements: [
          IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"], principals: [IAM.AnyPrincipal()])
        ])
      ])
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack/Role: A PolicyStatement used in an identity-based policy cannot specify any IAM principals."
      ])
  }

  @Test("Granting assume-role to a service principal is an error: it belongs in the trust policy")
  func grantAssumeRoleToService() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let grant = role.grantAssumeRole(IAM.ServicePrincipal("ecs-tasks.amazonaws.com"))
    #expect(!grant.success)
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack/Role: Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead."
      ])
  }

  @Test("A role without a name cannot be named in a policy of another account or region")
  func crossEnvironmentNeedsName() {
    let app = App(outdir: "unused")
    let keys = Stack(app, "Keys", env: Environment(account: "111111111111", region: "us-east-1"))
    let key = KMS.Key(keys, "Key")
    let other = Stack(app, "Other", env: Environment(account: "222222222222", region: "us-east-1"))
    key.grantDecrypt(IAM.Role(other, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Other/Role: Cannot use resource 'Other/Role' in a cross-environment fashion, the resource's physical name "
          + "must be explicit set or use `PhysicalName.GENERATE_IF_NEEDED`"
      ])
  }

  @Test("A grant to an immutable imported role is accepted and dropped, as the AWS CDK does")
  func immutableImportedRole() throws {
    let stack = Stack(App(outdir: "unused"), "Stack", env: Environment(account: "123456789012", region: "us-east-1"))
    let role = IAM.Role.fromRoleArn(stack, "Imported", "arn:aws:iam::123456789012:role/fixed", mutable: false)
    let grant = IAM.Grant.addToPrincipal(grantee: role, actions: ["elasticache:Connect"], resourceArns: ["*"])
    #expect(grant.success)
    #expect(grant.dependables.isEmpty)
    #expect(role.roleName == "fixed")
    #expect(stack.node.tryFindChild("MutableRoleImported") != nil)
    let key = KMS.Key(stack, "Key")
    key.grantDecrypt(role)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::IAM::Policy", 0)
    let keyStatements = template.findResources("AWS::KMS::Key").first?.entry["Properties"]?["KeyPolicy"]?["Statement"]
    #expect(keyStatements?.arrayValue?.count == 1)
  }

  @Test("An imported role of another account takes no grants, so a key names it in the key policy instead")
  func importedRoleOfAnotherAccount() throws {
    let stack = Stack(App(outdir: "unused"), "Stack", env: Environment(account: "123456789012", region: "us-east-1"))
    let key = KMS.Key(stack, "Key")
    let partner = IAM.Role.fromRoleArn(stack, "Partner", "arn:aws:iam::210987654321:role/partner")
    key.grantDecrypt(partner)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::IAM::Policy", 0)
    try template.hasResourceProperties(
      "AWS::KMS::Key",
      [
        "KeyPolicy": [
          "Statement": .arrayWith([
            ["Action": "kms:Decrypt", "Principal": ["AWS": "arn:aws:iam::210987654321:role/partner"], "Resource": "*"]
          ])
        ]
      ])
  }

  @Test("A malformed imported role ARN is reported on the scope")
  func malformedRoleArn() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = IAM.Role.fromRoleArn(stack, "Imported", "not-an-arn")
    #expect(errors(app).map { "\($0.path): \($0.code)" } == ["Stack: InvalidRoleArn"])
  }

  @Test("Role and key ARNs known only at deployment are split with Fn::Split, as the AWS CDK does")
  func tokenArns() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let roleArn = CfnParameter(stack, "RoleArn")
    let role = IAM.Role.fromRoleArn(stack, "Imported", roleArn.valueAsString)
    role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"]))
    let keyArn = CfnParameter(stack, "KeyArn")
    let key = KMS.Key.fromKeyArn(stack, "Key", keyArn.valueAsString)
    key.grantDecrypt(role)
    func lastArnPart(_ parameter: String) -> TemplateValue {
      [
        "Fn::Select": [
          1, ["Fn::Split": ["/", ["Fn::Select": [5, ["Fn::Split": [":", ["Ref": .string(parameter)]]]]]]],
        ]
      ]
    }
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::IAM::Policy",
      .exact([
        "PolicyDocument": [
          "Statement": [
            ["Action": "s3:*", "Effect": "Allow", "Resource": "*"],
            ["Action": "kms:Decrypt", "Effect": "Allow", "Resource": ["Ref": "KeyArn"]],
          ],
          "Version": "2012-10-17",
        ],
        "PolicyName": "ImportedPolicy6F5EAEFA",
        "Roles": [lastArnPart("RoleArn")],
      ]))
    #expect(stack.resolve(key.keyID) == lastArnPart("KeyArn"))
  }
}
