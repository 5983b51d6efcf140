import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("IAM.Role overflow policies")
struct RoleOverflowTests {
  /// A role with `count` distinct statements of an estimated 250 characters each (39 fit the default
  /// policy, 24 each overflow policy).
  private func role(in stack: Stack, _ id: String = "Role", statements count: Int) -> IAM.Role {
    let role = IAM.Role(stack, id, assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    for index in 0..<count { role.addToPrincipalPolicy(statement(index)) }
    return role
  }

  private func statement(_ index: Int) -> IAM.PolicyStatement { statement("bucket-\(index)", size: 250) }

  /// `{"Action": "s3:GetObject", "Resource": <literal ARN>}` estimating at `size`.
  private func statement(_ name: String, size: Int) -> IAM.PolicyStatement {
    let base = "arn:aws:s3:::\(name)-"
    return IAM.PolicyStatement(
      actions: ["s3:GetObject"], resources: [StringValue(base + String(repeating: "x", count: size - 62 - base.count))])
  }

  @Test("Statements that do not fit go to managed policies attached to the role, described by its path")
  func overflowPolicies() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let role = role(in: stack, statements: 39 + 24 + 1)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::IAM::ManagedPolicy", 2)
    let overflow = template.findResources("AWS::IAM::ManagedPolicy")
    #expect(overflow.map(\.logicalID) == ["RoleOverflowPolicy1BE1613CC", "RoleOverflowPolicy2C473E8D0"])
    #expect(
      overflow.map { $0.entry["Properties"]?["PolicyDocument"]?["Statement"]?.arrayValue?.count } == [24, 1])
    try template.hasResourceProperties(
      "AWS::IAM::ManagedPolicy",
      ["Description": "Part of the policies for Stack/Role", "Path": "/", "Roles": [["Ref": "Role1ABCC5F0"]]])
    #expect(role.defaultPolicy?.document.statementCount == 39)
    #expect(role.node.tryFindChild("OverflowPolicy1") is IAM.ManagedPolicy)
    #expect(role.managedPolicies.isEmpty)
  }

  @Test("The split happens once, even when the app is synthesized again")
  func splitsOnce() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = role(in: stack, statements: 40)
    try Template(stack).resourceCountIs("AWS::IAM::ManagedPolicy", 1)
    try Template(stack).resourceCountIs("AWS::IAM::ManagedPolicy", 1)
    #expect(try app.synthesize().warnings.isEmpty)
  }

  @Test("A grant's dependables follow its statement to the overflow policy that holds it")
  func dependables() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    // 39 * 250 + 76 + 170 = 9996: the 63 of `s3:PutObject` on `*` do not fit.
    let role = role(in: stack, statements: 39)
    let stays = IAM.Grant.addToPrincipal(grantee: role, actions: ["s3:GetObject"], resourceArns: ["arn:aws:s3:::a"])
    role.addToPrincipalPolicy(statement("filler", size: 170))
    let moves = IAM.Grant.addToPrincipal(grantee: role, actions: ["s3:PutObject"], resourceArns: ["*"])
    let copy = IAM.Grant.addToPrincipal(grantee: role, actions: ["s3:PutObject"], resourceArns: ["*"])
    #expect(moves.dependables.first === role.defaultPolicy)
    let before = CfnResource(stack, "Before", type: "AWS::SQS::Queue")
    moves.combine(stays).applyBefore(before)

    let template = try Template(stack)
    let overflow = try #require(role.node.tryFindChild("OverflowPolicy1"))
    #expect(stays.dependables.first === role.defaultPolicy)
    #expect(moves.dependables.first === overflow)
    #expect(copy.dependables.first === overflow)
    try template.hasResource(
      "AWS::SQS::Queue", ["DependsOn": ["RoleDefaultPolicy5FFB7DAB", "RoleOverflowPolicy1BE1613CC"]])

    let after = CfnResource(stack, "After", type: "AWS::SQS::Queue")
    copy.applyBefore(after)
    #expect(after.node.dependencies.first === overflow)
  }

  @Test("More than 10 managed policies is a warning, more than 20 another")
  func manyManagedPolicies() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let large = role(in: stack, "Large", statements: 39 + 24 + 1)
    for index in 0..<9 { large.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("Policy\(index)")) }
    let tooLarge = role(in: stack, "TooLarge", statements: 40)
    for index in 0..<20 { tooLarge.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("Policy\(index)")) }
    let within = role(in: stack, "Within", statements: 40)
    for index in 0..<9 { within.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("Policy\(index)")) }
    #expect(
      try app.synthesize().warnings.map { "\($0.path) \($0.code): \($0.message)" } == [
        "Stack/Large rolePolicyLarge: Policy large: 11 exceeds 10 managed policies attached to a Role, this requires "
          + "a quota increase",
        "Stack/TooLarge rolePolicyTooLarge: Policy too large: 21 exceeds the maximum of 20 managed policies attached "
          + "to a Role",
      ])
  }

  @Test("A role without statements, or whose statements fit, gets no overflow policy")
  func noOverflow() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    _ = IAM.Role(stack, "Empty", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let small = role(in: stack, "Small", statements: 39)
    for _ in 0..<100 { small.addToPrincipalPolicy(statement(0)) }
    let template = try Template(stack)
    try template.resourceCountIs("AWS::IAM::ManagedPolicy", 0)
    try template.resourceCountIs("AWS::IAM::Policy", 1)
    #expect(small.defaultPolicy?.document.statementCount == 39)
  }
}
