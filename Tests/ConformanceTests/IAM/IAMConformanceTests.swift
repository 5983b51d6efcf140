import ElastiCacheCDK
import Testing

@Suite("IAM conformance: roles, policies and grants")
struct IAMConformanceTests {
  @Test("A role's default policy collects grants, statements and key grants in order, each once")
  func roleDefaultPolicy() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "RoleDefaultPolicy")
    let role = IAM.Role(stack, "ServiceRole", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let key = KMS.Key(stack, "Key")
    let cacheArn = stack.formatArn(
      ArnComponents(
        service: "elasticache", resource: "serverlesscache", resourceName: "orders", arnFormat: .colonResourceName))
    let userArn = stack.formatArn(
      ArnComponents(service: "elasticache", resource: "user", resourceName: "app", arnFormat: .colonResourceName))
    IAM.Grant.addToPrincipal(
      grantee: role,
      actions: ["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
      resourceArns: [cacheArn, userArn]
    )
    role.addToPrincipalPolicy(
      IAM.PolicyStatement(
        actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:PutLogEvents"], resources: ["*"]))
    role.addToPrincipalPolicy(
      IAM.PolicyStatement(
        effect: .deny,
        actions: ["ssm:GetParameter"],
        resources: ["arn:aws:ssm:us-east-1:123456789012:parameter/secret"],
        conditions: ["Bool": ["aws:SecureTransport": "false"]],
        sid: "DenyInsecure"
      ))
    IAM.Grant.addToPrincipal(
      grantee: role,
      actions: ["secretsmanager:GetSecretValue"],
      resourceArns: ["arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"],
      conditions: ["StringEquals": ["secretsmanager:VersionStage": "AWSCURRENT"]]
    )
    key.grantDecrypt(role)
    key.grantDecrypt(role)
    role.grantPassRole(role)
    _ = CfnOutput(stack, "RoleArn", value: role.roleArn)
    _ = CfnOutput(stack, "RoleId", value: role.roleID)

    try Goldens.expectMatch(app, "IAM/role-default-policy")
  }

  @Test("A role renders managed and inline policies, a boundary, a path and one trust statement per principal")
  func roleManagedAndInlinePolicies() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "RolePolicies")
    let boundary = IAM.ManagedPolicy.fromManagedPolicyArn(
      stack, "Boundary", "arn:aws:iam::123456789012:policy/boundary")
    let readOnly = IAM.PolicyDocument(statements: [
      IAM.PolicyStatement(actions: ["elasticache:Describe*", "elasticache:List*"], resources: ["*"])
    ])
    let tagging = IAM.PolicyDocument(statements: [
      IAM.PolicyStatement(
        actions: ["elasticache:AddTagsToResource"],
        resources: ["arn:aws:elasticache:us-east-1:123456789012:serverlesscache:orders"])
    ])
    let role = IAM.Role(
      stack,
      "OperatorRole",
      assumedBy: IAM.CompositePrincipal(
        IAM.ServicePrincipal("lambda"),
        IAM.AccountRootPrincipal(),
        IAM.ArnPrincipal("arn:aws:iam::123456789012:user/operator")
      ),
      externalIDs: ["cache-operators"],
      roleName: "cache-operator",
      description: "Operates the shared caches",
      managedPolicies: [
        IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole"),
        IAM.ManagedPolicy.fromAwsManagedPolicyName("AmazonElastiCacheReadOnlyAccess"),
      ],
      inlinePolicies: ["ReadOnly": readOnly, "Tagging": tagging],
      path: "/platform/",
      maxSessionDuration: .hours(4),
      permissionsBoundary: boundary
    )
    role.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("AmazonElastiCacheReadOnlyAccess"))
    role.addManagedPolicy(IAM.ManagedPolicy.fromManagedPolicyName(stack, "Custom", "cache-extra"))
    _ = IAM.Role(stack, "AnyoneRole", assumedBy: IAM.AnyPrincipal())
    _ = IAM.Role(stack, "PartnerRole", assumedBy: IAM.AccountPrincipal("210987654321"))

    try Goldens.expectMatch(app, "IAM/role-managed-and-inline-policies")
  }

  @Test("A policy attached to two roles renders once; an unattached policy is left out")
  func policyAttachedToTwoRoles() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "SharedPolicy")
    let reader = IAM.Role(stack, "Reader", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let writer = IAM.Role(stack, "Writer", assumedBy: IAM.ServicePrincipal("ecs-tasks.amazonaws.com"))
    let shared = IAM.Policy(
      stack,
      "CacheAccess",
      statements: [IAM.PolicyStatement(actions: ["elasticache:Connect"], resources: ["*"])],
      roles: [reader]
    )
    shared.attachToRole(writer)
    shared.attachToRole(reader)
    shared.addStatements(
      IAM.PolicyStatement(
        actions: ["elasticache:DescribeServerlessCaches"],
        resources: ["arn:aws:elasticache:us-east-1:123456789012:serverlesscache:orders"]))
    let named = IAM.Policy(stack, "Named", policyName: "cache-admin")
    named.addStatements(IAM.PolicyStatement(actions: ["elasticache:*"], resources: ["*"]))
    writer.attachInlinePolicy(named)
    _ = IAM.Policy(stack, "Unused", statements: [IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"])])
    IAM.Grant.addToPrincipal(grantee: shared, actions: ["logs:PutLogEvents"], resourceArns: ["*"])

    try Goldens.expectMatch(app, "IAM/policy-attached-to-two-roles")
  }

  @Test("Mutable imported roles take grants in a policy attached by name; immutable ones take none")
  func importedRoleGrant() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ImportedRoles", env: Environment(account: "123456789012", region: "eu-west-1"))
    let key = KMS.Key(stack, "Key")
    let service = IAM.Role.fromRoleArn(stack, "ServiceRole", "arn:aws:iam::123456789012:role/service/orders-api")
    IAM.Grant.addToPrincipal(
      grantee: service,
      actions: ["elasticache:Connect"],
      resourceArns: [
        "arn:aws:elasticache:eu-west-1:123456789012:serverlesscache:orders",
        "arn:aws:elasticache:eu-west-1:123456789012:user:orders-api",
      ]
    )
    key.grantEncrypt(service)
    let byName = IAM.Role.fromRoleName(stack, "ByName", "billing-api")
    key.grantDecrypt(byName)
    let fixed = IAM.Role.fromRoleArn(stack, "Fixed", "arn:aws:iam::123456789012:role/fixed", mutable: false)
    IAM.Grant.addToPrincipal(grantee: fixed, actions: ["elasticache:Connect"], resourceArns: ["*"])
    key.grantDecrypt(fixed)
    let partner = IAM.Role.fromRoleArn(stack, "Partner", "arn:aws:iam::210987654321:role/partner")
    _ = partner.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["elasticache:Connect"], resources: ["*"]))
    key.grantEncryptDecrypt(partner)

    try Goldens.expectMatch(app, "IAM/imported-role-grant")
  }
}
