import ElastiCacheCDK
import ElastiCacheTesting
import Foundation
import Testing

/// API.md's "Provisioned caches" block, as a program: every name, label and parameter order it shows
/// compiles, and the app synthesizes and writes its cloud assembly.
@Suite("Provisioned caches: the API contract")
struct ProvisionedAPIContractTests {
  @Test("API.md's block synthesizes (the older Id spelling included)")
  @available(*, deprecated)
  func apiBlock() throws {
    let outdir = FileManager.default.temporaryDirectory.appendingPathComponent("api-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: outdir) }
    let app = App(outdir: outdir)
    let stack = Stack(app, "CacheStack", env: Environment(account: "123456789012", region: "us-east-1"))
    let vpc = EC2.VPC(stack, "Vpc")
    let key = KMS.Key(stack, "Key")
    let sg = EC2.SecurityGroup(stack, "SecurityGroup", vpc: vpc, description: nil, allowAllOutbound: true)
    let bucket = S3.Bucket.fromBucketName(stack, "Artifacts", "my-artifacts")
    let function = Lambda.Function(
      stack, "Function", runtime: .providedAL2023, handler: "bootstrap", code: .fromBucket(bucket, key: "service.zip"),
      vpc: vpc)
    let subnets = SubnetGroup(
      stack, "Subnets", vpc: vpc, vpcSubnets: EC2.SubnetSelection(subnetType: .privateWithEgress),
      description: "Orders cache subnets", subnetGroupName: "orders-cache-subnets")
    let parameters = ParameterGroup(
      stack, "Parameters", family: .redis7, parameters: ["maxmemory-policy": "allkeys-lru"])
    let group = ReplicationGroup(
      stack, "Cache",
      vpc: vpc,
      engine: .redis7,
      engineVersion: "7.1",
      cacheNodeType: .t4gMicro,
      shards: 1,
      replicasPerShard: 1,
      multiAZ: true, automaticFailover: true,
      port: 6379,
      transitEncryption: true, atRestEncryption: true,
      kmsKey: key,
      authToken: SecretValue.secretsManager("orders/auth-token"),
      parameterGroup: parameters,
      subnetGroup: subnets,
      vpcSubnets: EC2.SubnetSelection(subnetType: .privateWithEgress),
      securityGroups: [sg],
      replicationGroupId: "orders-cache", description: "Orders cache",
      snapshotRetentionLimit: 7, snapshotWindow: "03:00-04:00",
      preferredMaintenanceWindow: "sun:05:00-sun:06:00", autoMinorVersionUpgrade: true)
    function.addEnvironment("PRIMARY_ENDPOINT_ADDRESS", group.primaryEndpointAddress)
    function.addEnvironment("PRIMARY_ENDPOINT_PORT", group.primaryEndpointPort)
    function.addEnvironment("READER_ENDPOINT_ADDRESS", group.readerEndpointAddress)
    function.addEnvironment("READER_ENDPOINT_PORT", group.readerEndpointPort)
    _ = CfnOutput(stack, "GroupId", value: group.replicationGroupId)
    _ = CfnOutput(stack, "GroupArn", value: group.replicationGroupArn)
    group.connections.allowDefaultPortFrom(function)
    group.grantConnect(function)
    let metrics = [
      group.metricEngineCPUUtilization(), group.metricDatabaseMemoryUsagePercentage(), group.metricEvictions(),
      group.metricCurrConnections(), group.metricReplicationLag(), group.metricCacheHitRate(),
    ]
    metrics[0].createAlarm(stack, "EngineCPU", threshold: 90, evaluationPeriods: 3)
    let imported = ReplicationGroup.fromReplicationGroupAttributes(
      stack, "Imported", replicationGroupId: "orders-cache-2", primaryEndpointAddress: "orders.cache.amazonaws.com")
    _ = CfnOutput(stack, "ImportedEndpoint", value: imported.primaryEndpointAddress)
    let sharded = ReplicationGroup(
      stack, "Sharded", vpc: vpc, engine: .valkey8, shards: 2,
      parameterGroup: ParameterGroup(
        stack, "ClusterParameters", family: .valkey8, parameters: ["cluster-enabled": "yes"]))
    _ = CfnOutput(
      stack, "Configuration", value: "\(sharded.configurationEndpointAddress):\(sharded.configurationEndpointPort)")
    let memcached = CacheCluster(
      stack, "Memcached", vpc: vpc, engine: .memcached1_6, cacheNodeType: .t4gMicro, numCacheNodes: 2, azMode: .crossAZ)
    memcached.connections.allowDefaultPortFrom(function)
    _ = CacheNodeType("cache.r7g.xlarge")

    let assembly = try app.synth()
    #expect(FileManager.default.fileExists(atPath: "\(outdir)/CacheStack.template.json"))
    // API.md lists every parameter at once: a subnet selection beside the subnet group, and grantConnect on a
    // group that authenticates with an AUTH token, which are reported as warnings.
    #expect(
      assembly.warnings.map(\.code) == [
        "CodeFromBucketObjectVersionNotSpecified", "SubnetGroupWithVPCSubnets", "ConnectGrantWithoutIAMAuthentication",
      ])
    let template = try Template(stack)
    try template.resourceCountIs("AWS::ElastiCache::ReplicationGroup", 2)
    try template.resourceCountIs("AWS::ElastiCache::CacheCluster", 1)
    try template.hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "ReplicationGroupId": "orders-cache",
        "AuthToken": "{{resolve:secretsmanager:orders/auth-token:SecretString:::}}",
        "CacheSubnetGroupName": ["Ref": "Subnets73841C2A"], "KmsKeyId": ["Ref": "Key961B73FD"],
      ])
  }
}
