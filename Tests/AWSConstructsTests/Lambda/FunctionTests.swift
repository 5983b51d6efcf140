import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("Lambda functions")
struct FunctionTests {
  private func makeFunction(
    _ stack: Stack,
    _ id: String = "Function",
    runtime: Lambda.Runtime = .python3_13,
    code: Lambda.Code = .fromInline("exports.handler = async () => 'ok';"),
    architecture: Lambda.Architecture? = nil,
    timeout: Duration? = nil,
    description: StringValue? = nil,
    functionName: StringValue? = nil,
    vpc: (any EC2.VPCProtocol)? = nil,
    vpcSubnets: EC2.SubnetSelection? = nil,
    securityGroups: [any EC2.SecurityGroupProtocol]? = nil,
    allowAllOutbound: Bool? = nil,
    role: (any IAM.RoleProtocol)? = nil
  ) -> Lambda.Function {
    Lambda.Function(
      stack, id, runtime: runtime, handler: "index.handler", code: code, architecture: architecture,
      timeout: timeout, vpc: vpc, vpcSubnets: vpcSubnets, securityGroups: securityGroups,
      allowAllOutbound: allowAllOutbound, description: description, functionName: functionName, role: role)
  }

  @Test("Lambda's reserved environment variables are refused with the AWS CDK's message")
  func reservedEnvironmentVariables() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let function = makeFunction(stack, runtime: .nodejs22_x)
    function.addEnvironment("AWS_REGION", "eu-west-1")
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "AWS_REGION environment variable is reserved by the lambda runtime and can not be set manually. "
          + "See https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
        path: "Stack/Function"))
  }

  @Test("Environment variables render in key order, then in the order added; setting one again replaces it")
  func environmentOrder() throws {
    let stack = Stack(App(), "Stack")
    let function = Lambda.Function(
      stack, "Function", runtime: .nodejs22_x, handler: "index.handler", code: .fromInline("x"),
      environment: ["BRAVO": "2", "ALPHA": "1"])
    function.addEnvironment("ZULU", "26")
    function.addEnvironment("ALPHA", "one")
    let template = try Template(stack)
    let rendered = try #require(template.findResources("AWS::Lambda::Function").first)
    let variables = try #require(rendered.entry["Properties"]?["Environment"]?["Variables"]?.objectValue)
    #expect(variables.keys == ["ALPHA", "BRAVO", "ZULU"])
    #expect(variables["ALPHA"] == "one")
  }

  @Test("A function in public subnets is refused unless allowed, with the AWS CDK's message")
  func publicSubnets() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let vpc = EC2.VPC(stack, "VPC")
    _ = makeFunction(stack, vpc: vpc, vpcSubnets: EC2.SubnetSelection(subnetType: .public))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Lambda Functions in a public subnet can NOT access the internet. If you are aware of this limitation "
          + "and would still like to place the function in a public subnet, set `allowPublicSubnet` to true",
        path: "Stack/Function"))
  }

  @Test("VPC options without a VPC are refused, each with the AWS CDK's message")
  func vpcOptionsWithoutVPC() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let vpc = EC2.VPC(stack, "VPC")
    let group = EC2.SecurityGroup(stack, "Group", vpc: vpc)
    _ = makeFunction(
      stack, vpcSubnets: EC2.SubnetSelection(subnetType: .privateWithEgress), securityGroups: [group],
      allowAllOutbound: false)
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.contains(message: "Cannot configure 'vpcSubnets' without configuring a VPC", path: "Stack/Function"))
    #expect(
      error.contains(message: "Cannot configure 'securityGroups' without configuring a VPC", path: "Stack/Function"))
    #expect(
      error.contains(message: "Cannot configure 'allowAllOutbound' without configuring a VPC", path: "Stack/Function"))
  }

  @Test("allowAllOutbound with given security groups is refused: it belongs on the groups")
  func allowAllOutboundWithGroups() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let vpc = EC2.VPC(stack, "VPC")
    _ = makeFunction(
      stack, vpc: vpc, securityGroups: [EC2.SecurityGroup(stack, "Group", vpc: vpc)], allowAllOutbound: true)
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Configure 'allowAllOutbound' directly on the supplied SecurityGroups.", path: "Stack/Function"))
  }

  @Test("Connections of a function outside a VPC are an error, not a crash")
  func connectionsWithoutVPC() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let vpc = EC2.VPC(stack, "VPC")
    let cache = EC2.SecurityGroup(stack, "Cache", vpc: vpc)
    makeFunction(stack).connections.allowTo(cache, .tcp(6379))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Only VPC-associated Lambda Functions have security groups to manage. Supply the \"vpc\" parameter "
          + "when creating the Lambda, or \"securityGroupId\" when importing it.",
        path: "Stack/Function"))
  }

  @Test("A function in a VPC gets the automatic security group, the VPC access policy and private subnets")
  func vpcPlacement() throws {
    let stack = Stack(App(), "Stack")
    let vpc = EC2.VPC(stack, "VPC", natGateways: 1)
    let function = makeFunction(stack, vpc: vpc)
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroup",
      ["GroupDescription": "Automatic security group for Lambda Function StackFunction6604A4E3"])
    try template.hasResourceProperties(
      "AWS::IAM::Role",
      [
        "ManagedPolicyArns": Match.arrayWith([
          Match.objectLike([
            "Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], Match.stringContaining("VPCAccess")]]
          ])
        ])
      ])
    try template.hasResourceProperties(
      "AWS::Lambda::Function",
      [
        "VpcConfig": [
          "SubnetIds": [["Ref": "VPCPrivateSubnet1Subnet8BCA10E0"], ["Ref": "VPCPrivateSubnet2SubnetCFCDAA7A"]]
        ]
      ])
    #expect(function.connections.securityGroups.count == 1)
  }

  @Test("Names, descriptions and timeouts Lambda would refuse are errors with the AWS CDK's messages")
  func propertyValidation() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = makeFunction(stack, "Long", functionName: StringValue(String(repeating: "f", count: 65)))
    _ = makeFunction(stack, "Spaces", functionName: "my function")
    _ = makeFunction(stack, "Described", description: StringValue(String(repeating: "d", count: 257)))
    _ = makeFunction(stack, "Fractional", timeout: .millis(1500))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Function name can not be longer than 64 characters but has 65 characters.", path: "Stack/Long"))
    #expect(
      error.contains(
        message: "Function name my function can contain only letters, numbers, hyphens, or underscores with no spaces.",
        path: "Stack/Spaces"))
    #expect(
      error.contains(
        message: "Function description can not be longer than 256 characters but has 257 characters.",
        path: "Stack/Described"))
    #expect(error.errors.contains { $0.path == "Stack/Fractional" && $0.code == "TimeoutNotWholeSeconds" })
  }

  @Test("Inline code must not be empty, and only interpreted runtimes take it")
  func inlineCode() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = makeFunction(stack, "Empty", runtime: .python3_13, code: .fromInline(""))
    _ = makeFunction(stack, "Custom", runtime: .providedAL2023, code: .fromInline("echo"))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.contains(message: "Lambda inline code cannot be empty", path: "Stack/Empty"))
    #expect(error.contains(message: "Inline source not allowed for provided.al2023", path: "Stack/Custom"))
  }

  @Test("The architecture renders only when given, and defaults to x86-64")
  func architecture() throws {
    let stack = Stack(App(), "Stack")
    let implicit = makeFunction(stack, "Implicit", runtime: .python3_13)
    let explicit = makeFunction(stack, "Explicit", runtime: .python3_13, architecture: .arm64)
    #expect(implicit.architecture == .x86_64)
    #expect(explicit.architecture == .arm64)
    let template = try Template(stack)
    let functions = template.findResources("AWS::Lambda::Function")
    #expect(functions.compactMap { $0.entry["Properties"]?["Architectures"] } == [["arm64"]])
  }

  @Test("A given role is used as is: no role is created and the function depends on it")
  func givenRole() throws {
    let stack = Stack(App(), "Stack")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let function = makeFunction(stack, runtime: .python3_13, role: role)
    function.addToRolePolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
    #expect(function.role === role)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::IAM::Role", 1)
    try template.hasResource(
      "AWS::Lambda::Function", ["DependsOn": ["RoleDefaultPolicy5FFB7DAB", "Role1ABCC5F0"]])
  }

  @Test("Invoke grants: a role gets a statement; an account gets one permission, however often it is granted")
  func grantInvoke() throws {
    let stack = Stack(App(), "Stack")
    let function = makeFunction(stack, runtime: .python3_13)
    let caller = IAM.Role(stack, "Caller", assumedBy: IAM.ServicePrincipal("states.amazonaws.com"))
    #expect(function.grantInvoke(caller).principalStatement != nil)
    function.grantInvoke(IAM.AccountPrincipal("111122223333"))
    function.grantInvoke(IAM.AccountPrincipal("111122223333"))
    function.grantInvoke(IAM.ServicePrincipal("events.amazonaws.com"))
    let template = try Template(stack)
    try template.resourceCountIs("AWS::Lambda::Permission", 2)
    try template.hasResourceProperties("AWS::Lambda::Permission", ["Principal": "111122223333"])
    try template.hasResourceProperties("AWS::Lambda::Permission", ["Principal": "events.amazonaws.com"])
  }

  @Test("The function is granted permissions through its role")
  func grantable() throws {
    let stack = Stack(App(), "Stack")
    let function = makeFunction(stack, runtime: .python3_13)
    let parameter = SSM.StringParameter(stack, "Parameter", stringValue: "v", parameterName: "/app/v")
    parameter.grantRead(function)
    #expect(function.grantPrincipal === function.role)
    try Template(stack).hasResourceProperties(
      "AWS::IAM::Policy",
      [
        "Roles": [["Ref": "FunctionServiceRole675BB04A"]],
        "PolicyDocument": [
          "Statement": Match.arrayWith([
            ["Action": ["ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"]]
          ])
        ],
      ])
  }
}
