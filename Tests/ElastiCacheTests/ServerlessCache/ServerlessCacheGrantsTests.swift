import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// `grantConnect` and `grant` on caches of the app and imported ones, and on IAM users (reference §4).
/// Imported users have no grant methods, as upstream: grant on an IAM user of the app, or with `IAM.Grant`.
@Suite("Serverless cache and user grants")
struct ServerlessCacheGrantsTests {
  /// A stack with a role to grant to: in a known environment, so that imported ARNs render with its region
  /// and account, or environment-agnostic for stacks with a VPC (whose availability zones are then not dummies).
  struct RoleFixture {
    let stack: Stack
    let role: IAM.Role

    init(inEnvironment: Bool = true) {
      let environment = inEnvironment ? Environment(account: "123456789012", region: "us-east-1") : nil
      stack = Stack(App(), "Grants", env: environment)
      role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    }

    func expectStatement(action: Match, resource: Match) throws {
      let roleName = try #require(stack.resolve(role.roleName))
      try Template(stack).hasResourceProperties(
        "AWS::IAM::Policy",
        [
          "PolicyDocument": [
            "Statement": Match.arrayWith([["Effect": "Allow", "Action": action, "Resource": resource]])
          ],
          "Roles": [Match.exact(roleName)],
        ])
    }
  }

  @Test("grantConnect on a cache of the app allows Connect and DescribeServerlessCaches on its ARN")
  func ownedCacheGrantConnect() throws {
    let fixture = RoleFixture(inEnvironment: false)
    let cache = ServerlessCache(fixture.stack, "Cache", vpc: EC2.VPC(fixture.stack, "VPC"))
    let grant = cache.grantConnect(fixture.role)
    #expect(grant.success)
    try fixture.expectStatement(
      action: ["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
      resource: ["Fn::GetAtt": [Match.exact(.string(cache.resource.logicalID)), "ARN"]])
  }

  @Test("grantConnect on a cache imported by name uses the formatted ARN")
  func importedByNameGrantConnect() throws {
    let fixture = RoleFixture()
    let cache = ServerlessCache.fromServerlessCacheName(fixture.stack, "Imported", "orders")
    cache.grantConnect(fixture.role)
    try fixture.expectStatement(
      action: ["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
      resource: [
        "Fn::Join": [
          "", ["arn:", ["Ref": "AWS::Partition"], ":elasticache:us-east-1:123456789012:serverlesscache:orders"],
        ]
      ])
  }

  @Test("grant on a cache imported by ARN uses that ARN and the given actions")
  func importedByArnGrant() throws {
    let fixture = RoleFixture()
    let arn = "arn:aws:elasticache:eu-west-1:210987654321:serverlesscache:shared"
    let cache = ServerlessCache.fromServerlessCacheArn(fixture.stack, "Imported", StringValue(arn))
    cache.grant(fixture.role, "elasticache:DescribeServerlessCaches", "elasticache:ListTagsForResource")
    try fixture.expectStatement(
      action: ["elasticache:DescribeServerlessCaches", "elasticache:ListTagsForResource"],
      resource: Match(stringLiteral: arn))
  }

  @Test("ServerlessCacheGrants.connect on a cache of the app matches grantConnect")
  func grantsClassOnOwnedCache() throws {
    let fixture = RoleFixture(inEnvironment: false)
    let cache = ServerlessCache(fixture.stack, "Cache", vpc: EC2.VPC(fixture.stack, "VPC"))
    ServerlessCacheGrants.fromServerlessCache(cache).connect(fixture.role)
    try fixture.expectStatement(
      action: ["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
      resource: ["Fn::GetAtt": [Match.exact(.string(cache.resource.logicalID)), "ARN"]])
  }

  @Test("grantConnect on an IAM user allows Connect on the user's ARN; grant takes any actions")
  func iamUserGrants() throws {
    let fixture = RoleFixture()
    let user = IAMUser(fixture.stack, "User", userId: "orders-api", accessControl: .fromAccessString("on ~* +@all"))
    user.grantConnect(fixture.role)
    user.grant(fixture.role, "elasticache:DescribeUsers")
    let userArn: Match = ["Fn::GetAtt": [Match.exact(.string(user.resource.logicalID)), "Arn"]]
    try fixture.expectStatement(action: "elasticache:Connect", resource: userArn)
    try fixture.expectStatement(action: "elasticache:DescribeUsers", resource: userArn)
  }

  @Test("As the README advises, an IAM user connects with grants on both the user and the cache")
  func userAndCache() throws {
    let fixture = RoleFixture(inEnvironment: false)
    let user = IAMUser(fixture.stack, "User", userId: "orders-api", accessControl: .fromAccessString("on ~* +@all"))
    let cache = ServerlessCache(
      fixture.stack, "Cache", vpc: EC2.VPC(fixture.stack, "VPC"),
      userGroup: UserGroup(fixture.stack, "Group", users: [user]))
    user.grantConnect(fixture.role)
    cache.grantConnect(fixture.role)
    let template = try Template(fixture.stack)
    let policies = template.findResources("AWS::IAM::Policy")
    #expect(policies.count == 1)
    let statements = try #require(policies.first?.entry["Properties"]?["PolicyDocument"]?["Statement"]?.arrayValue)
    #expect(statements.count == 2)
  }
}
