import ElastiCacheCDK
import Foundation
import Testing

@Suite("Lambda conformance: functions")
struct FunctionConformanceTests {
  /// The golden case directory holding a fixture, as a path the function's code can name.
  private static func fixture(_ caseName: String, _ name: String) -> String {
    Goldens.directory.appendingPathComponent("Lambda/\(caseName)/\(name)").path
  }

  @Test("A Swift service in a VPC, with deploy-time environment values and code from a bucket, matches the AWS CDK")
  func functionInVPC() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ServiceInVpc")
    let vpc = EC2.VPC(stack, "Vpc", maxAZs: 2, natGateways: 1)
    let cache = CfnResource(
      stack, "Cache", type: "AWS::ElastiCache::ServerlessCache",
      properties: ["Engine": "valkey", "ServerlessCacheName": "service-cache"])
    let cacheSG = EC2.SecurityGroup(stack, "CacheSG", vpc: vpc, allowAllOutbound: false)
    let artifacts = S3.Bucket.fromBucketName(stack, "Artifacts", "my-artifacts")
    let function = Lambda.Function(
      stack, "Service",
      runtime: .providedAL2023,
      handler: "bootstrap",
      code: .fromBucket(artifacts, key: "service/v1.zip"),
      architecture: .arm64,
      memorySize: 256,
      timeout: .seconds(10),
      vpc: vpc,
      environment: [
        "LINKED_CACHE_ENDPOINT": cache.getAtt("Endpoint.Address"),
        "CACHE_PORT": cache.getAtt("Endpoint.Port"),
        "FEATURE_FLAGS": SSM.StringParameter.valueForStringParameter(stack, "/service/feature-flags"),
        "LOG_LEVEL": "info",
      ]
    )
    function.addEnvironment("REGION_NAME", stack.region)
    function.connections.allowTo(cacheSG, .tcp(6379), description: "service to cache")
    try Goldens.expectMatch(app, "Lambda/function-in-vpc")
  }

  @Test("Code from a directory is an asset in the bootstrap bucket, with the CDK's hash and metadata")
  func assetDirectory() throws {
    let app = App(outdir: "unused", context: ["aws:cdk:enable-asset-metadata": true])
    let agnostic = Stack(app, "AssetFunction")
    _ = Lambda.Function(
      agnostic, "Handler", runtime: .python3_13, handler: "index.handler",
      code: .fromAsset(Self.fixture("asset-directory", "handler")))
    let pinned = Stack(
      app, "PinnedAssetFunction", env: Environment(account: "123456789012", region: "eu-west-1"))
    _ = Lambda.Function(
      pinned, "Handler", runtime: .python3_13, handler: "index.handler",
      code: .fromAsset(Self.fixture("asset-directory", "handler")),
      description: "The same code, deployed to one account and region")
    try Goldens.expectMatch(app, "Lambda/asset-directory")
  }

  @Test("Code from a .zip archive is uploaded as is, with the CDK's hash and metadata")
  func assetZip() throws {
    let app = App(outdir: "unused", context: ["aws:cdk:enable-asset-metadata": true])
    let stack = Stack(app, "ZipFunction")
    _ = Lambda.Function(
      stack, "Service", runtime: .providedAL2023, handler: "bootstrap",
      code: .fromAsset(Self.fixture("asset-zip", "function.zip")), architecture: .arm64, memorySize: 128)
    try Goldens.expectMatch(app, "Lambda/asset-zip")
  }

  @Test("Inline code, initial and added policies, invoke grants to a role and a service match the AWS CDK")
  func inlineCodeAndPolicies() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "InlineFunction")
    let queue = CfnResource(stack, "Queue", type: "AWS::SQS::Queue")
    let function = Lambda.Function(
      stack, "Janitor",
      runtime: .nodejs22_x,
      handler: "index.handler",
      code: .fromInline("exports.handler = async () => ({ cleaned: true });"),
      timeout: .minutes(2),
      environment: ["MODE": "sweep"],
      description: "Removes expired cache keys",
      functionName: "cache-janitor",
      initialPolicy: [
        IAM.PolicyStatement(actions: ["elasticache:DescribeServerlessCaches"], resources: ["*"]),
        IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: [queue.getAtt("Arn")]),
      ],
      reservedConcurrentExecutions: 2
    )
    function.addToRolePolicy(IAM.PolicyStatement(actions: ["cloudwatch:PutMetricData"], resources: ["*"]))
    function.addEnvironment("QUEUE_URL", queue.ref)
    let scheduler = IAM.Role(stack, "Scheduler", assumedBy: IAM.ServicePrincipal("scheduler.amazonaws.com"))
    function.grantInvoke(scheduler)
    function.grantInvoke(IAM.ServicePrincipal("events.amazonaws.com"))
    _ = CfnOutput(stack, "JanitorArn", value: function.functionArn)
    _ = CfnOutput(stack, "JanitorName", value: function.functionName)
    try Goldens.expectMatch(app, "Lambda/inline-code-policy")
  }

  @Test("A function with a given role and security group in allowed public subnets, tagged, matches the AWS CDK")
  func givenRoleAndGroups() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "GivenRoleAndGroups")
    let vpc = EC2.VPC.fromVPCAttributes(
      stack, "Vpc", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a", "us-east-1b"],
      privateSubnetIds: ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"],
      publicSubnetIds: ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"])
    let role = IAM.Role(stack, "ExecutionRole", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let group = EC2.SecurityGroup(stack, "FunctionSG", vpc: vpc, description: "edge function")
    let function = Lambda.Function(
      stack, "Edge",
      runtime: .java21,
      handler: "com.example.Edge::handleRequest",
      code: .fromBucket(
        S3.Bucket.fromBucketArn(stack, "Artifacts", "arn:aws:s3:::edge-artifacts"), key: "edge.zip",
        objectVersion: "3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"),
      architecture: .x86_64,
      vpc: vpc,
      vpcSubnets: EC2.SubnetSelection(subnetType: .public),
      securityGroups: [group],
      allowPublicSubnet: true,
      role: role
    )
    Tags.of(function).add("team", "edge")
    function.grantInvoke(IAM.AccountPrincipal("111122223333"))
    function.grantInvoke(IAM.AccountPrincipal("111122223333"))
    try Goldens.expectMatch(app, "Lambda/function-given-role-and-groups")
  }
}
