import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// Every check of a cache cluster's settings, with its code, path and exact message.
@Suite("Cache cluster validations")
struct CacheClusterValidationTests {
  static let cases: [ExpectedProblem] = [
    ExpectedProblem(
      .invalidCacheClusterID, at: "Default/Memcached",
      "The cache cluster id '\(String(repeating: "m", count: 51))' must have 1 to 50 characters (it has 51)."
    ) {
      _ = CacheCluster($0.stack, "Memcached", vpc: $0.vpc, clusterName: StringValue(String(repeating: "m", count: 51)))
    },
    ExpectedProblem(
      .invalidNodeCount, at: "Default/Memcached", "The Memcached cluster has 41 nodes; ElastiCache allows 1 to 40."
    ) { _ = CacheCluster($0.stack, "Memcached", vpc: $0.vpc, numCacheNodes: 41) },
    ExpectedProblem(
      .invalidNodeCount, at: "Default/Redis",
      "The Redis OSS cache cluster has 2 nodes; a Redis OSS cache cluster has exactly one."
    ) { _ = CacheCluster($0.stack, "Redis", vpc: $0.vpc, engine: .redis7, numCacheNodes: 2) },
    ExpectedProblem(
      .invalidAZMode, at: "Default/Memcached", "Cross-AZ placement needs two nodes or more; the cluster has 1."
    ) { _ = CacheCluster($0.stack, "Memcached", vpc: $0.vpc, azMode: .crossAZ) },
    ExpectedProblem(.invalidAZMode, at: "Default/Valkey", "The AZ mode applies to Memcached clusters only.") {
      _ = CacheCluster($0.stack, "Valkey", vpc: $0.vpc, engine: .valkey8, azMode: .singleAZ)
    },
    ExpectedProblem(
      .invalidPreferredAvailabilityZones, at: "Default/Memcached",
      "1 preferred availability zones are given for 2 nodes."
    ) {
      _ = CacheCluster($0.stack, "Memcached", vpc: $0.vpc, numCacheNodes: 2, preferredAvailabilityZones: ["us-east-1a"])
    },
    ExpectedProblem(
      .transitEncryptionNotSupported, at: "Default/Memcached",
      "Encryption in transit needs Memcached 1.6.12 and later; the cluster runs Memcached 1.5.16."
    ) { _ = CacheCluster($0.stack, "Memcached", vpc: $0.vpc, engineVersion: "1.5.16", transitEncryption: true) },
    ExpectedProblem(
      .transitEncryptionNotSupported, at: "Default/Valkey",
      "Valkey cache clusters do not support encryption in transit."
    ) { _ = CacheCluster($0.stack, "Valkey", vpc: $0.vpc, engine: .valkey8, transitEncryption: true) },
    ExpectedProblem(
      .unencryptedCacheCluster, at: "Default/Valkey",
      "A Valkey cache cluster can neither encrypt data nor authenticate clients.", severity: .warning
    ) { _ = CacheCluster($0.stack, "Valkey", vpc: $0.vpc, engine: .valkey8) },
    ExpectedProblem(
      .snapshotsNotSupported, at: "Default/Memcached",
      "Memcached keeps no snapshots, but snapshotRetentionLimit and snapshotWindow are given."
    ) {
      _ = CacheCluster(
        $0.stack, "Memcached", vpc: $0.vpc, snapshotRetentionLimit: 1, snapshotWindow: "03:00-04:00")
    },
    ExpectedProblem(
      .snapshotRemovalPolicyNotSupported, at: "Default/Memcached",
      "The removal policy is snapshot, but Memcached clusters cannot be snapshotted."
    ) { _ = CacheCluster($0.stack, "Memcached", vpc: $0.vpc, removalPolicy: .snapshot) },
    ExpectedProblem(
      .snapshotRemovalPolicyNotSupported, at: "Default/Memcached",
      "The removal policy is snapshot, but Memcached clusters cannot be snapshotted."
    ) { CacheCluster($0.stack, "Memcached", vpc: $0.vpc).applyRemovalPolicy(.snapshot) },
    ExpectedProblem(.logDeliveryNotSupported, at: "Default/Memcached", "Memcached does not deliver logs.") {
      _ = CacheCluster($0.stack, "Memcached", vpc: $0.vpc, logDelivery: [.slowLog()])
    },
    ExpectedProblem(
      .singleAvailabilityZoneSubnets, at: "Default/Memcached",
      "The cluster spreads its nodes across availability zones, but all the subnets of its subnet group are in us-east-1a."
    ) {
      let vpc = EC2.VPC.fromVPCAttributes(
        $0.stack, "OneZone", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a"],
        privateSubnetIds: ["subnet-0123456789abcdef0"])
      _ = CacheCluster($0.stack, "Memcached", vpc: vpc, numCacheNodes: 2, azMode: .crossAZ)
    },
    ExpectedProblem(
      .parameterGroupClusterModeMismatch, at: "Default/Redis",
      "The replication group has cluster mode disabled, but its parameter group sets cluster-enabled to yes."
    ) {
      let parameters = ParameterGroup($0.stack, "Parameters", family: .redis7, parameters: ["cluster-enabled": "yes"])
      _ = CacheCluster($0.stack, "Redis", vpc: $0.vpc, engine: .redis7, parameterGroup: parameters)
    },
    ExpectedProblem(
      .parameterGroupFamilyMismatch, at: "Default/Memcached",
      "The parameter group's family memcached1.5 does not match Memcached 1.6.22, whose family is memcached1.6."
    ) {
      let parameters = ParameterGroup($0.stack, "Parameters", family: .memcached1_5)
      _ = CacheCluster($0.stack, "Memcached", vpc: $0.vpc, parameterGroup: parameters)
    },
    ExpectedProblem(
      .endpointNotAvailable, at: "Default/Memcached",
      "The cache cluster has no node endpoint (RedisEndpoint): only Valkey and Redis OSS clusters have one."
    ) {
      let cluster = CacheCluster($0.stack, "Memcached", vpc: $0.vpc)
      _ = CfnOutput($0.stack, "Endpoint", value: cluster.redisEndpointAddress)
    },
    ExpectedProblem(
      .missingCacheClusterIdentifier, at: "Default/Imported", "The imported cache cluster's id is empty."
    ) { _ = CacheCluster.fromCacheClusterID($0.stack, "Imported", "") },
    ExpectedProblem(
      .endpointNotAvailable, at: "Default/Imported", "The imported cache cluster was not given its endpointAddress."
    ) {
      let cluster = CacheCluster.fromCacheClusterID($0.stack, "Imported", "sessions")
      _ = CfnOutput($0.stack, "Endpoint", value: cluster.endpointAddress)
    },
  ]

  @Test("Each check reports its code, path, message and fix", arguments: cases)
  func check(_ expected: ExpectedProblem) throws {
    try expected.check()
  }
}
