import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// What a cache cluster renders: Memcached clusters and single-node Valkey or Redis OSS clusters.
@Suite("Cache cluster")
struct CacheClusterTests {
  @Test(
    "By default: one Memcached node (newest version) with TLS, its own subnet and security groups, no removal policy")
  func defaults() throws {
    let fixture = StackWithVPC()
    let cluster = CacheCluster(fixture.stack, "Memcached", vpc: fixture.vpc)
    #expect(cluster.transitEncryption && cluster.port == 11211)
    try Template(fixture.stack).hasResource(
      "AWS::ElastiCache::CacheCluster",
      [
        "Properties": Match.exact([
          "Engine": "memcached",
          "EngineVersion": "1.6.22",
          "CacheNodeType": "cache.t4g.micro",
          "NumCacheNodes": 1,
          "CacheParameterGroupName": "default.memcached1.6",
          "CacheSubnetGroupName": ["Ref": "MemcachedSubnetGroupBA494A48"],
          "VpcSecurityGroupIds": [["Fn::GetAtt": ["MemcachedSecurityGroup8F5A41C6", "GroupId"]]],
          "Port": 11211,
          "TransitEncryptionEnabled": true,
        ]),
        "DeletionPolicy": Match.absent,
      ])
  }

  @Test("API.md's Memcached cluster: two nodes across zones, its configuration endpoint as a token")
  func crossAZ() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let memcached = CacheCluster(
      stack, "Memcached", vpc: fixture.vpc, engine: .memcached1_6, cacheNodeType: .t4gMicro, numCacheNodes: 2,
      azMode: .crossAZ)
    #expect(
      stack.resolve(memcached.endpointAddress) == [
        "Fn::GetAtt": ["MemcachedE72C144E", "ConfigurationEndpoint.Address"]
      ])
    #expect(
      stack.resolve(memcached.endpointPort) == ["Fn::GetAtt": ["MemcachedE72C144E", "ConfigurationEndpoint.Port"]])
    #expect(stack.resolve(memcached.cacheClusterID) == ["Ref": "MemcachedE72C144E"])
    try Template(stack).hasResourceProperties(
      "AWS::ElastiCache::CacheCluster", ["AZMode": "cross-az", "NumCacheNodes": 2])
  }

  @Test("Memcached before 1.6.12 has no TLS; the default follows the version")
  func memcachedWithoutTLS() throws {
    let fixture = StackWithVPC()
    let cluster = CacheCluster(fixture.stack, "Memcached", vpc: fixture.vpc, engineVersion: "1.6.6")
    #expect(!cluster.transitEncryption)
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::CacheCluster", ["TransitEncryptionEnabled": false, "EngineVersion": "1.6.6"])
  }

  @Test("A single-node Redis OSS cluster: snapshots, its node endpoint, a warning that it cannot encrypt")
  func singleNodeRedis() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let redis = CacheCluster(
      stack, "Redis", vpc: fixture.vpc, engine: .redis7, preferredAvailabilityZones: ["us-east-1a"],
      clusterName: "Sessions", snapshotRetentionLimit: 3, snapshotWindow: "04:00-05:00", logDelivery: [.slowLog()])
    #expect(redis.cacheClusterID.literal == "sessions")
    #expect(stack.resolve(redis.endpointAddress) == ["Fn::GetAtt": ["RedisFF642DF2", "RedisEndpoint.Address"]])
    #expect(redis.memberClusterIDs.map(\.literal) == ["sessions"])
    try Template(stack).hasResource(
      "AWS::ElastiCache::CacheCluster",
      [
        "Properties": [
          "Engine": "redis", "EngineVersion": "7.1", "CacheParameterGroupName": "default.redis7", "Port": 6379,
          "PreferredAvailabilityZone": "us-east-1a", "PreferredAvailabilityZones": .absent,
          "TransitEncryptionEnabled": .absent, "SnapshotRetentionLimit": 3, "SnapshotWindow": "04:00-05:00",
          "ClusterName": "Sessions",
        ],
        "DeletionPolicy": "Snapshot", "UpdateReplacePolicy": "Snapshot",
      ])
    #expect(try warnings(of: stack, at: "Default/Redis").map(\.code) == ["UnencryptedCacheCluster"])
  }

  @Test("An imported cache cluster has the given endpoint and port")
  func imported() {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let cluster = CacheCluster.fromCacheClusterAttributes(
      stack, "Imported", cacheClusterID: "Sessions", engine: .memcached1_6,
      endpointAddress: "sessions.abc.cfg.use1.cache.amazonaws.com")
    #expect(cluster.cacheClusterID.literal == "sessions")
    #expect(cluster.endpointPort.literal == "11211")
    #expect(cluster.endpointAddress.literal == "sessions.abc.cfg.use1.cache.amazonaws.com")
    #expect(errorCodes(of: stack).isEmpty)
  }
}
