import ElastiCacheCDK
import Testing

@Suite("L1 conformance: AWS::ElastiCache::ServerlessCache")
struct ServerlessCacheL1Tests {
  @Test("Nested property types, lists, tags, a reference and attributes render as the AWS CDK renders them")
  func serverlessCache() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ServerlessCacheL1")
    let userGroup = CfnUserGroup(
      stack, "UserGroup", engine: "valkey", userGroupID: "orders-users", userIDs: ["default"])
    let cache = CfnServerlessCache(
      stack,
      "Cache",
      engine: "valkey",
      serverlessCacheName: "orders-cache",
      cacheUsageLimits: .init(
        dataStorage: .init(unit: "GB", maximum: 10, minimum: 1),
        ecpuPerSecond: .init(maximum: 5000, minimum: 1000)
      ),
      dailySnapshotTime: "04:00",
      finalSnapshotName: "orders-cache-final",
      kmsKeyID: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      majorEngineVersion: "8",
      securityGroupIDs: ["sg-0123456789abcdef0"],
      serverlessCacheDescription: "Orders cache",
      snapshotARNsToRestore: ["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:orders-seed"],
      snapshotRetentionLimit: 7,
      subnetIDs: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
      tags: ["team": "orders", "env": "test"],
      userGroupID: userGroup.ref
    )
    let minimal = CfnServerlessCache(stack, "Minimal", engine: "redis", serverlessCacheName: "minimal-cache")
    _ = CfnOutput(stack, "Endpoint", value: "\(cache.attrEndpointAddress):\(cache.attrEndpointPort)")
    _ = CfnOutput(stack, "ReaderEndpoint", value: cache.attrReaderEndpointAddress)
    _ = CfnOutput(stack, "CacheArn", value: cache.attrARN)
    _ = CfnOutput(stack, "MinimalStatus", value: minimal.attrStatus)

    try Goldens.expectMatch(app, "L1/serverless-cache")
  }
}
