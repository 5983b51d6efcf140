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

  @Test("Default policies just under and just over the limit, and one split into several overflow policies")
  func roleOverflowPolicies() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "RoleOverflowPolicies")
    let service = IAM.ServicePrincipal("lambda.amazonaws.com")

    let under = IAM.Role(stack, "JustUnder", assumedBy: service)
    for index in 0..<39 { addObjectRead(to: under, "under", index, size: 250) }
    addObjectRead(to: under, "under", 39, size: 249)

    let over = IAM.Role(stack, "JustOver", assumedBy: service)
    for index in 0..<40 { addObjectRead(to: over, "over", index, size: 250) }

    let large = IAM.Role(stack, "Large", assumedBy: service)
    for index in 0..<39 { addObjectRead(to: large, "kept", index, size: 250) }
    for index in 0..<24 { addObjectRead(to: large, "first", index, size: 250) }
    let kept = IAM.Grant.addToPrincipal(
      grantee: large, actions: ["s3:GetObject"], resourceArns: [bucketArn("small", 0, size: 200)])
    addObjectRead(to: large, "small", 1, size: 100)
    let tokens = (0..<10).map { index in
      IAM.Grant.addToPrincipal(
        grantee: large, actions: ["s3:GetObject"], resourceArns: ["arn:\(Aws.partition):s3:::token-bucket-\(index)/*"])
    }
    large.addToPrincipalPolicy(
      IAM.PolicyStatement(
        effect: .deny,
        actions: ["s3:DeleteObject", "s3:DeleteBucket"],
        resources: [bucketArn("deny", 0, size: 103)],
        conditions: [
          "StringEquals": ["aws:PrincipalTag/team": "cache"], "Bool": ["aws:SecureTransport": "false"],
        ]
      ))
    for index in 0..<20 { addObjectRead(to: large, "second", index, size: 250) }
    let last = IAM.Grant.addToPrincipal(grantee: large, actions: ["elasticache:Connect"], resourceArns: ["*"])
    addObjectRead(to: large, "kept", 0, size: 250)

    let queue = CfnResource(stack, "Consumer", type: "AWS::SQS::Queue")
    kept.applyBefore(queue)
    tokens[0].applyBefore(queue)
    last.applyBefore(queue)

    let estimated = Stack(app, "RoleOverflowArnEstimate")
    estimated.node.setContext("@aws-cdk/aws-iam.arnSizeEstimate", 100)
    let role = IAM.Role(estimated, "Reader", assumedBy: service)
    for index in 0..<70 {
      IAM.Grant.addToPrincipal(
        grantee: role, actions: ["s3:GetObject"], resourceArns: ["arn:\(Aws.partition):s3:::bucket-\(index)/*"])
    }

    try Goldens.expectMatch(app, "IAM/role-overflow-policies")
  }

  @Test("Equal statements of a default policy are merged before it is measured; different ones stay")
  func roleMergedDuplicateGrants() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "RoleMergedGrants")
    let role = IAM.Role(stack, "Worker", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let key = KMS.Key(stack, "Key")
    let cacheArn: StringValue = "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:orders"
    let userArn: StringValue = "arn:aws:elasticache:us-east-1:123456789012:user:orders-app"

    for _ in 0..<100 {
      role.addToPrincipalPolicy(
        IAM.PolicyStatement(
          actions: ["elasticache:Connect"], resources: [cacheArn + StringValue(String(repeating: "x", count: 196))]))
    }

    IAM.Grant.addToPrincipal(
      grantee: role, actions: ["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
      resourceArns: [cacheArn, userArn])
    let second = IAM.Grant.addToPrincipal(
      grantee: role, actions: ["elasticache:DescribeServerlessCaches", "elasticache:Connect"],
      resourceArns: [userArn, cacheArn])

    role.addToPrincipalPolicy(
      IAM.PolicyStatement(effect: .deny, actions: ["elasticache:Connect"], resources: [cacheArn]))
    role.addToPrincipalPolicy(
      IAM.PolicyStatement(actions: ["elasticache:Connect"], resources: [cacheArn], sid: "Connect"))
    for _ in 0..<2 {
      role.addToPrincipalPolicy(
        IAM.PolicyStatement(
          actions: ["elasticache:Connect"], resources: [cacheArn], conditions: ["Bool": ["aws:SecureTransport": "true"]]
        ))
    }
    role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["elasticache:Connect"], resources: [userArn]))

    key.grantDecrypt(role)
    key.grantDecrypt(role)

    for index in 0..<40 {
      for _ in 0..<2 {
        let padded = (index < 10 ? "0" : "") + String(index)
        role.addToPrincipalPolicy(
          IAM.PolicyStatement(
            actions: ["s3:GetObject"],
            resources: [StringValue("arn:aws:s3:::bucket-\(padded)-" + String(repeating: "x", count: 168))]))
      }
    }

    let queue = CfnResource(stack, "Consumer", type: "AWS::SQS::Queue")
    second.applyBefore(queue)

    try Goldens.expectMatch(app, "IAM/role-merged-duplicate-grants")
  }

  @Test("Owned managed policies render with their defaults, attach to roles and take grants")
  func managedPolicyAttachedToRole() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ManagedPolicies")
    let reader = IAM.Role(stack, "Reader", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let writer = IAM.Role(stack, "Writer", assumedBy: IAM.ServicePrincipal("ecs-tasks.amazonaws.com"))
    let cacheArn = stack.formatArn(
      ArnComponents(
        service: "elasticache", resource: "serverlesscache", resourceName: "orders", arnFormat: .colonResourceName))

    let connect = IAM.ManagedPolicy(
      stack, "CacheConnect",
      statements: [IAM.PolicyStatement(actions: ["elasticache:Connect"], resources: [cacheArn])],
      roles: [reader])
    connect.attachToRole(writer)
    connect.attachToRole(reader)
    connect.addStatements(IAM.PolicyStatement(actions: ["elasticache:DescribeServerlessCaches"], resources: ["*"]))

    let document = IAM.PolicyDocument(statements: [
      IAM.PolicyStatement(actions: ["elasticache:ModifyServerlessCache"], resources: [cacheArn])
    ])
    let admin = IAM.ManagedPolicy(
      stack, "CacheAdmin", managedPolicyName: "cache-admin", description: "Administers the orders cache",
      path: "/platform/",
      statements: [
        IAM.PolicyStatement(effect: .deny, actions: ["elasticache:DeleteServerlessCache"], resources: [cacheArn])
      ],
      document: document)
    writer.addManagedPolicy(admin)
    IAM.Grant.addToPrincipal(grantee: admin, actions: ["logs:PutLogEvents"], resourceArns: ["*"])

    _ = IAM.ManagedPolicy(
      stack, "Unattached", statements: [IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"])])

    _ = CfnOutput(stack, "ConnectArn", value: connect.managedPolicyArn)
    _ = CfnOutput(stack, "AdminName", value: admin.managedPolicyName)

    try Goldens.expectMatch(app, "IAM/managed-policy-attached-to-role")
  }

  /// A literal ARN that makes `{"Action": "s3:GetObject", "Resource": arn}` estimate at `size`.
  private func bucketArn(_ name: String, _ index: Int, size: Int) -> StringValue {
    let base = "arn:aws:s3:::\(name)-\(index)-"
    precondition(size - 62 >= base.count, "\(size) is too small for \(base)")
    return StringValue(base + String(repeating: "x", count: size - 62 - base.count))
  }

  private func addObjectRead(to role: IAM.Role, _ name: String, _ index: Int, size: Int) {
    role.addToPrincipalPolicy(
      IAM.PolicyStatement(actions: ["s3:GetObject"], resources: [bucketArn(name, index, size: size)]))
  }
}
