import ElastiCacheCDK
import Testing

@Suite("ElastiCache conformance: users, user groups, imports and grants")
struct UsersConformanceTests {
  @Test("IAM, password and no-password users with every property, and a new default user")
  func users() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Users")
    _ = IAMUser(
      stack, "IamUser", engine: .valkey, userId: "test-iam-user", userName: "test-iam-user",
      accessControl: .fromAccessString("on ~* +@read"))
    _ = PasswordUser(
      stack, "PasswordUser", engine: .redis, userId: "test-password-user", userName: "test-password-user-name",
      accessControl: .fromAccessString("on ~app:* +@read +@write"),
      passwords: [.secretsManager("password1234567891011")])
    _ = NoPasswordUser(
      stack, "NoPasswordUser", engine: .redis, userId: "test-no-password-user", userName: "test-no-password-user-name",
      accessControl: .fromAccessString("on ~* +@all"))
    _ = PasswordUser(
      stack, "TwoPasswords", userId: "my-user-id", userName: "my-user-name",
      accessControl: .fromAccessString("on ~* +@all"),
      passwords: [.secretsManager("SecretIdForPassword"), .secretsManager("AnotherSecretIdForPassword")])
    _ = NoPasswordUser(
      stack, "NewDefaultUser", userId: "new-default", userName: "default",
      accessControl: .fromAccessString("on ~* +@all"))
    _ = IAMUser(stack, "MinimalIamUser", userId: "my-user", accessControl: .fromAccessString("on ~* +@all"))
    try Goldens.expectMatch(app, "ElastiCache/users")
  }

  @Test("RBAC: a Redis group with a new default user, users added by props and addUser, assigned to caches")
  func rbacUserGroup() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Rbac")
    let vpc = EC2.VPC(stack, "VPC")
    let newDefaultUser = NoPasswordUser(
      stack, "NewDefaultUser", userId: "new-default", userName: "default",
      accessControl: .fromAccessString("on ~* +@all"))
    let user = IAMUser(
      stack, "User", engine: .redis, userId: "my-user", userName: "my-user",
      accessControl: .fromAccessString("on ~* +@all"))
    let anotherUser = PasswordUser(
      stack, "AnotherUser", engine: .redis, userId: "another-user",
      accessControl: .fromAccessString("on ~app:* +@read"),
      passwords: [.secretsManager("AnotherUserPassword")])
    let userGroup = UserGroup(stack, "UserGroup", engine: .redis, users: [newDefaultUser, user])
    userGroup.addUser(anotherUser)
    _ = ServerlessCache(
      stack, "ServerlessCache", vpc: vpc, engine: .redisLatest, serverlessCacheName: "my-serverless-cache",
      userGroup: userGroup)
    let valkeyGroup = UserGroup(stack, "ValkeyGroup")
    _ = ServerlessCache(stack, "ValkeyCache", vpc: vpc, userGroup: valkeyGroup)
    try Goldens.expectMatch(app, "ElastiCache/rbac-user-group")
  }

  @Test("elasticache:Connect on an IAM-enabled user and on the cache")
  func iamGrants() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "IamGrants")
    let vpc = EC2.VPC(stack, "VPC")
    let user = IAMUser(stack, "User", userId: "my-user", accessControl: .fromAccessString("on ~* +@all"))
    let userGroup = UserGroup(stack, "UserGroup", users: [user])
    let cache = ServerlessCache(stack, "ServerlessCache", vpc: vpc, userGroup: userGroup)
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com"))
    user.grantConnect(role)
    cache.grantConnect(role)
    cache.grant(role, "elasticache:DescribeServerlessCaches", "elasticache:ListTagsForResource")
    try Goldens.expectMatch(app, "ElastiCache/iam-grants")
  }

  @Test("Imports of a cache, users and a user group, used in grants and a connection")
  func imports() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Imports")
    let vpc = EC2.VPC(stack, "VPC")
    let securityGroup = EC2.SecurityGroup(stack, "SecurityGroup", vpc: vpc)
    let importedCache = ServerlessCache.fromServerlessCacheAttributes(
      stack, "ImportedServerlessCache", engine: .valkeyLatest, serverlessCacheName: "my-serverless-cache",
      securityGroups: [securityGroup])
    let byArn = ServerlessCache.fromServerlessCacheArn(
      stack, "ByArn", "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:other-cache")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    importedCache.grantConnect(role)
    byArn.grant(role, "elasticache:DescribeServerlessCaches")
    let client = EC2.SecurityGroup(stack, "Client", vpc: vpc)
    importedCache.connections.allowDefaultPortFrom(client)
    _ = IAMUser.fromUserId(stack, "ImportedIamUser", "my-iam-user-id")
    _ = PasswordUser.fromUserAttributes(stack, "ImportedPasswordUser", userId: "my-password-user-id")
    _ = NoPasswordUser.fromUserAttributes(stack, "ImportedNoPasswordUser", userId: "my-no-password-user-id")
    let importedGroup = UserGroup.fromUserGroupAttributes(
      stack, "ImportedUserGroup",
      userGroupArn: "arn:aws:elasticache:us-east-1:123456789012:usergroup:my-user-group-name")
    _ = CfnOutput(stack, "ImportedGroupName", value: importedGroup.userGroupName)
    try Goldens.expectMatch(
      app, "ElastiCache/imports",
      improvements: [
        Goldens.Improvement(
          path: "/Resources/RoleDefaultPolicy5FFB7DAB/Properties/PolicyDocument/Statement[0]/Resource/Fn::Join[1][6]",
          value: ":serverlesscache:my-serverless-cache",
          reason: "imported ARNs use ElastiCache's colon format (CONFORMANCE.md, improvement 1)")
      ])
  }

  @Test("A Lambda function with the endpoint in its environment, network access and IAM permissions")
  func lambdaConnection() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "LambdaConnection")
    let vpc = EC2.VPC(stack, "Vpc")
    let linkedCache = ServerlessCache(stack, "LinkedCache", vpc: vpc)
    let bucket = S3.Bucket.fromBucketName(stack, "Artifacts", "my-artifacts")
    let function = Lambda.Function(
      stack, "Function", runtime: .providedAL2023, handler: "bootstrap", code: .fromBucket(bucket, key: "service.zip"),
      vpc: vpc,
      environment: [
        "LINKED_CACHE_ENDPOINT": linkedCache.serverlessCacheEndpointAddress,
        "LINKED_CACHE_PORT": linkedCache.serverlessCacheEndpointPort,
      ])
    linkedCache.connections.allowDefaultPortFrom(function)
    linkedCache.grantConnect(function)
    try Goldens.expectMatch(app, "ElastiCache/lambda-connection")
  }
}
