import ElastiCacheCDK
import ElastiCacheTesting
import Foundation
import Testing

/// Every check of a replication group's settings: the cross-field rules of ElastiCache's
/// `CreateReplicationGroup`, each with its code, the construct path and the exact message.
@Suite("Replication group validations")
struct ReplicationGroupValidationTests {
  static let cases: [ExpectedProblem] = [
    ExpectedProblem(
      .invalidReplicationGroupID,
      "The replication group id '1orders--cache-' must begin with a letter, must not end with a hyphen and must not contain two consecutive hyphens."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, replicationGroupID: "1orders--cache-") },
    ExpectedProblem(
      .invalidReplicationGroupID,
      "The replication group id '\(String(repeating: "a", count: 41))' must have 1 to 40 characters (it has 41)."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, replicationGroupID: StringValue(String(repeating: "a", count: 41)))
    },
    ExpectedProblem(
      .invalidReplicationGroupID,
      "The replication group id 'orders_cache' may contain only ASCII letters, digits and hyphens."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, replicationGroupID: "orders_cache") },
    ExpectedProblem(.invalidDescription, "The replication group's description is empty.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, description: "")
    },
    ExpectedProblem(
      .unsupportedCacheEngine, "ElastiCache does not run a replication group on the engine 'memcached_1.6'."
    ) {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .memcached1_6)
    },
    ExpectedProblem(.unsupportedCacheEngine, "ElastiCache does not run a replication group on the engine 'keydb'.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .of("keydb"))
    },
    ExpectedProblem(.invalidEngineVersion, "The engine version '7.x' is not a full version such as 7.1 or 1.6.22.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .redis7, engineVersion: "7.x")
    },
    ExpectedProblem(.engineVersionMajorMismatch, "The engine version '6.2' is not a version of Redis OSS 7.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .redis7, engineVersion: "6.2")
    },
    ExpectedProblem(
      .unsupportedValkeyVersion, "Valkey 7.0 is not offered by ElastiCache, whose Valkey versions start at 7.2."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .valkeyLatest, engineVersion: "7.0") },
    ExpectedProblem(
      .unknownEngineVersion,
      "Valkey 9.7 is not a version this library knows; ElastiCache rejects versions it does not offer.",
      severity: .warning
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engineVersion: "9.7") },
    ExpectedProblem(
      .engineVersionRequired, "No Valkey 10 version is known to this library, so it cannot choose one."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .of("valkey", majorVersion: "10")) },
    ExpectedProblem(.invalidCacheNodeType, "The node type 'r7g.large' is not of the form cache.<family>.<size>.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, cacheNodeType: "r7g.large")
    },
    ExpectedProblem(.unsupportedCacheNodeType, "ElastiCache no longer creates T2 nodes such as 'cache.t2.micro'.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, cacheNodeType: "cache.t2.micro")
    },
    ExpectedProblem(
      .previousGenerationCacheNodeType, "The node type 'cache.m3.medium' is of a previous generation.",
      severity: .warning
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, cacheNodeType: "cache.m3.medium") },
    ExpectedProblem(
      .nodeTypeNeedsNewerEngine,
      "The AWS Graviton node type 'cache.t4g.micro' needs Redis OSS 5.0.6 or Memcached 1.5.16 and later; the cache runs Redis OSS 4.0.10."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .redisLatest, engineVersion: "4.0.10") },
    ExpectedProblem(.invalidShardCount, "The replication group has 0 shards; ElastiCache allows 1 to 500.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, shards: 0)
    },
    ExpectedProblem(.invalidReplicaCount, "Each shard has 6 replicas; ElastiCache allows 0 to 5 per shard.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, replicasPerShard: 6)
    },
    ExpectedProblem(.tooManyNodes, "The replication group has 600 nodes; ElastiCache allows at most 500.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, shards: 100, replicasPerShard: 5)
    },
    ExpectedProblem(.invalidClusterMode, "Cluster mode is disabled, but the replication group has 2 shards.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, shards: 2, clusterMode: .disabled)
    },
    ExpectedProblem(
      .multiAZWithoutReplica, "Multi-AZ is enabled, but the replication group has no replicas to fail over to."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, replicasPerShard: 0, multiAZ: true) },
    ExpectedProblem(.multiAZWithoutAutomaticFailover, "Multi-AZ is enabled, but automatic failover is disabled.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, multiAZ: true, automaticFailover: false)
    },
    ExpectedProblem(
      .automaticFailoverWithoutReplica,
      "Automatic failover is enabled, but the replication group has no replicas to fail over to."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, replicasPerShard: 0, automaticFailover: true) },
    ExpectedProblem(
      .clusterModeRequiresAutomaticFailover,
      "Automatic failover is disabled, but cluster-mode-enabled replication groups need it."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, shards: 2, multiAZ: false, automaticFailover: false) },
    ExpectedProblem(.invalidPort, "The port 70000 is not a TCP port.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, port: 70_000)
    },
    ExpectedProblem(.kmsKeyWithoutAtRestEncryption, "A KMS key is given, but encryption at rest is disabled.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, atRestEncryption: false, kmsKey: KMS.Key($0.stack, "Key"))
    },
    ExpectedProblem(.authTokenWithUserGroup, "Both an AUTH token and a user group are given.") {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, authToken: .secretsManager("auth"), userGroup: UserGroup($0.stack, "Users"))
    },
    ExpectedProblem(
      .authTokenWithoutTransitEncryption,
      "An AUTH token is given, but encryption in transit is disabled, so the token would cross the network in clear text."
    ) {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, transitEncryption: false, authToken: .secretsManager("auth"))
    },
    ExpectedProblem(
      .invalidAuthToken, "The AUTH token must have 16 to 128 characters (it has 6) and must not contain any of @ \" /."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, authToken: .unsafePlainText("short@")) },
    ExpectedProblem(
      .invalidAuthToken, "The AUTH token must contain only printable ASCII characters, without spaces."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, authToken: .unsafePlainText("sixteen chars long token")) },
    ExpectedProblem(
      .authTokenSpecialCharacters,
      "The AUTH token contains special characters other than ! & # $ ^ < > -, the ones CreateReplicationGroup documents as permitted.",
      severity: .warning
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, authToken: .unsafePlainText("sixteen_chars_long_token")) },
    ExpectedProblem(
      .plainTextAuthToken,
      "The AUTH token is given with SecretValue.unsafePlainText, so it is readable in the template and the cloud assembly.",
      severity: .warning
    ) {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, authToken: .unsafePlainText("a-valid-token-of-26-chars!"))
    },
    ExpectedProblem(
      .userGroupWithoutTransitEncryption, "A user group is given, but encryption in transit is disabled."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, transitEncryption: false, userGroup: UserGroup($0.stack, "Users"))
    },
    ExpectedProblem(
      .userGroupEngineMismatch, "The Redis OSS replication group is given a user group of the engine 'valkey'."
    ) {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .redis7, userGroup: UserGroup($0.stack, "Users"))
    },
    ExpectedProblem(
      .userGroupNeedsNewerEngine,
      "User groups need Valkey or Redis OSS 6.0 and later; the group runs Redis OSS 5.0.6."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, engine: .redisLatest, engineVersion: "5.0.6",
        userGroup: UserGroup.fromUserGroupAttributes($0.stack, "Users", userGroupName: "users", engine: .redis))
    },
    ExpectedProblem(
      .iamUsersNeedNewerEngine,
      "The user group has IAM users, which need Valkey 7.2 or Redis OSS 7.0 and later; the group runs Redis OSS 6.2."
    ) {
      let defaultUser = NoPasswordUser(
        $0.stack, "Default", engine: .redis, userId: "orders-default", userName: "default",
        accessControl: .fromAccessString("off -@all"))
      let users = UserGroup($0.stack, "Users", engine: .redis, users: [defaultUser])
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, engine: .redisLatest, engineVersion: "6.2", userGroup: users)
      // Added after the group is declared: checked at synthesis.
      users.addUser(
        IAMUser($0.stack, "Reader", engine: .redis, userId: "reader", accessControl: .fromAccessString("on ~* +@read")))
    },
    ExpectedProblem(
      .parameterGroupFamilyMismatch,
      "The parameter group's family redis7 does not match Valkey 8.2, whose family is valkey8."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, engine: .valkey8,
        parameterGroup: ParameterGroup($0.stack, "Parameters", family: .redis7))
    },
    ExpectedProblem(
      .parameterGroupClusterModeMismatch,
      "The replication group has cluster mode enabled, but its parameter group does not set cluster-enabled to yes."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, shards: 2,
        parameterGroup: ParameterGroup($0.stack, "Parameters", family: .valkey9))
    },
    ExpectedProblem(
      .parameterGroupClusterModeMismatch,
      "The replication group has cluster mode disabled, but its parameter group sets cluster-enabled to yes."
    ) {
      let parameters = ParameterGroup($0.stack, "Parameters", family: .valkey9, parameters: ["cluster-enabled": "yes"])
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, parameterGroup: parameters)
    },
    ExpectedProblem(
      .subnetGroupWithVPCSubnets,
      "Both a subnet group and a subnet selection (vpcSubnets) are given; the selection is ignored.", severity: .warning
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, subnetGroup: SubnetGroup.fromSubnetGroupName($0.stack, "Subnets", "cache"),
        vpcSubnets: EC2.SubnetSelection(subnetType: .public))
    },
    ExpectedProblem(
      .singleAvailabilityZoneSubnets, "Multi-AZ is enabled, but all the subnets of its subnet group are in us-east-1a."
    ) {
      let vpc = EC2.VPC.fromVPCAttributes(
        $0.stack, "OneZone", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a"],
        privateSubnetIds: ["subnet-0123456789abcdef0"])
      _ = ReplicationGroup($0.stack, "Cache", vpc: vpc)
    },
    ExpectedProblem(
      .invalidSnapshotRetentionLimit,
      "The snapshot retention limit is 36 days; ElastiCache keeps snapshots 0 to 35 days."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, snapshotRetentionLimit: 36) },
    ExpectedProblem(.invalidSnapshotWindow, "The snapshot window '3:00-4:00' is not a daily time range in UTC.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, snapshotRetentionLimit: 1, snapshotWindow: "3:00-4:00")
    },
    ExpectedProblem(
      .invalidSnapshotWindow, "The snapshot window '23:30-00:15' lasts 45 minutes; ElastiCache needs at least 60."
    ) {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, snapshotRetentionLimit: 1, snapshotWindow: "23:30-00:15")
    },
    ExpectedProblem(
      .invalidMaintenanceWindow, "The maintenance window 'sunday:05:00-sunday:06:00' is not a weekly time range in UTC."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, preferredMaintenanceWindow: "sunday:05:00-sunday:06:00") },
    ExpectedProblem(
      .invalidMaintenanceWindow,
      "The maintenance window 'sat:23:30-sun:00:00' lasts 30 minutes; ElastiCache needs at least 60."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, preferredMaintenanceWindow: "sat:23:30-sun:00:00") },
    ExpectedProblem(
      .overlappingWindows,
      "The snapshot window '05:30-06:30' overlaps the maintenance window 'sun:05:00-sun:06:00'."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, snapshotRetentionLimit: 7, snapshotWindow: "05:30-06:30",
        preferredMaintenanceWindow: "sun:05:00-sun:06:00")
    },
    ExpectedProblem(
      .overlappingWindows,
      "The snapshot window '23:00-01:00' overlaps the maintenance window 'sun:00:30-sun:01:30'."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, snapshotRetentionLimit: 7, snapshotWindow: "23:00-01:00",
        preferredMaintenanceWindow: "sun:00:30-sun:01:30")
    },
    ExpectedProblem(
      .snapshotWindowWithoutRetention,
      "A snapshot window is given, but automatic snapshots are off (the snapshot retention limit is 0).",
      severity: .warning
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, snapshotWindow: "03:00-04:00") },
    ExpectedProblem(
      .dataTieringNotSupported, "Data tiering is enabled, but the node type 'cache.r7g.large' has no local SSDs."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, cacheNodeType: .r7gLarge, dataTiering: true) },
    ExpectedProblem(
      .dataTieringNotSupported,
      "Data tiering needs Valkey or Redis OSS 6.2 and later; the group runs Redis OSS 6.0."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, engine: .redisLatest, engineVersion: "6.0", cacheNodeType: .r6gdXLarge)
    },
    ExpectedProblem(
      .dataTieringRequired, "Data tiering is disabled, but r6gd nodes such as 'cache.r6gd.xlarge' need it."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, cacheNodeType: .r6gdXLarge, dataTiering: false) },
    ExpectedProblem(
      .duplicateLogDelivery, "The slow-log is delivered more than once; ElastiCache delivers each log once."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, logDelivery: [.slowLog(), .slowLog(format: .text)]) },
    ExpectedProblem(
      .logDeliveryNotSupported,
      "The engine-log is delivered by Redis OSS 6.2 and later; the cache runs Redis OSS 6.0."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, engine: .redisLatest, engineVersion: "6.0", logDelivery: [.engineLog()])
    },
    ExpectedProblem(
      .networkTypeNotSupported,
      "The network type ipv6 needs Valkey, Redis OSS 6.2 or Memcached 1.6.6 and later; the cache runs Redis OSS 6.0."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, engine: .redisLatest, engineVersion: "6.0", networkType: .ipv6)
    },
    ExpectedProblem(
      .networkTypeNotSupported,
      "The network type dual_stack needs nodes built on the Nitro system; 'cache.m4.large' is not."
    ) {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, cacheNodeType: "cache.m4.large", networkType: .dualStack)
    },
    ExpectedProblem(.ipDiscoveryMismatch, "IP discovery ipv6 is not available on the network type ipv4.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, ipDiscovery: .ipv6)
    },
    ExpectedProblem(.ipDiscoveryMismatch, "IP discovery ipv4 is not available on the network type ipv6.") {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, networkType: .ipv6, ipDiscovery: .ipv4)
    },
    ExpectedProblem(
      .transitEncryptionModeWithoutTransitEncryption,
      "A transit encryption mode is given, but encryption in transit is disabled."
    ) {
      _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, transitEncryption: false, transitEncryptionMode: .preferred)
    },
    ExpectedProblem(
      .transitEncryptionNotSupported,
      "The transit encryption mode needs Valkey or Redis OSS 7.0 and later; the group runs Redis OSS 6.2."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, engine: .redisLatest, engineVersion: "6.2", transitEncryptionMode: .preferred)
    },
    ExpectedProblem(
      .invalidNotificationTopicArn,
      "The notification topic 'arn:aws:sqs:us-east-1:123456789012:events' is not an SNS topic ARN."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, notificationTopicArn: "arn:aws:sqs:us-east-1:123456789012:events")
    },
    ExpectedProblem(.conflictingSnapshotSources, "Both a snapshot name and snapshot ARNs to restore are given.") {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, snapshotName: "before-migration",
        snapshotArns: ["arn:aws:s3:::backups/orders.rdb"])
    },
    ExpectedProblem(
      .invalidPreferredAvailabilityZones, "1 preferred availability zones are given for 2 nodes."
    ) { _ = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, preferredAvailabilityZones: ["us-east-1a"]) },
    ExpectedProblem(
      .invalidPreferredAvailabilityZones,
      "Preferred availability zones apply to cluster-mode-disabled replication groups only."
    ) {
      _ = ReplicationGroup(
        $0.stack, "Cache", vpc: $0.vpc, shards: 2, preferredAvailabilityZones: ["us-east-1a", "us-east-1b"])
    },
    ExpectedProblem(
      .endpointNotAvailable,
      "The replication group has no reader endpoint: only replication groups with cluster mode disabled have one."
    ) {
      let group = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc, shards: 2)
      _ = CfnOutput($0.stack, "Reader", value: group.readerEndpointAddress)
    },
    ExpectedProblem(
      .endpointNotAvailable,
      "The replication group has no configuration endpoint: only replication groups with cluster mode enabled have one."
    ) {
      let group = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc)
      _ = CfnOutput($0.stack, "Configuration", value: group.configurationEndpointAddress)
    },
    ExpectedProblem(
      .connectGrantWithoutIAMAuthentication,
      "elasticache:Connect is granted on the replication group, but its user group has no IAM users, so IAM authentication cannot be used.",
      severity: .warning
    ) {
      let group = ReplicationGroup($0.stack, "Cache", vpc: $0.vpc)
      group.grantConnect(IAM.Role($0.stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
    },
    ExpectedProblem(
      .missingReplicationGroupIdentifier, at: "Default/Imported", "The imported replication group's id is empty."
    ) { _ = ReplicationGroup.fromReplicationGroupID($0.stack, "Imported", "") },
    ExpectedProblem(
      .endpointNotAvailable, at: "Default/Imported",
      "The imported replication group was not given its primaryEndpointAddress."
    ) {
      let group = ReplicationGroup.fromReplicationGroupID($0.stack, "Imported", "orders-cache")
      _ = CfnOutput($0.stack, "Primary", value: group.primaryEndpointAddress)
    },
  ]

  @Test("Each check reports its code, path, message and fix", arguments: cases)
  func check(_ expected: ExpectedProblem) throws {
    try expected.check()
  }

  @Test("Every problem of every construct is reported at once, and nothing is written")
  func allAtOnce() throws {
    let outdir = FileManager.default.temporaryDirectory.appendingPathComponent("provisioned-\(UUID().uuidString)").path
    let app = App(outdir: outdir)
    let stack = Stack(app, "Invalid")
    let vpc = EC2.VPC(stack, "Vpc")
    _ = ReplicationGroup(
      stack, "Cache", vpc: vpc, engine: .valkeyLatest, engineVersion: "7.0", cacheNodeType: .r7gLarge,
      replicasPerShard: 0, multiAZ: true, transitEncryption: false, authToken: .unsafePlainText("short"),
      userGroup: UserGroup(stack, "Users"), replicationGroupID: "orders--cache", snapshotRetentionLimit: 40,
      snapshotWindow: "05:00-05:30", preferredMaintenanceWindow: "mon:05:00-mon:05:30",
      logDelivery: [.slowLog(), .slowLog()], dataTiering: true)
    _ = CacheCluster(stack, "Memcached", vpc: vpc, numCacheNodes: 41, azMode: .crossAZ, snapshotRetentionLimit: 1)
    let error = try #require(throws: SynthesisError.self) { try app.synth() }
    let found = Set(error.errors.map { "\($0.path) \($0.code)" })
    let expected: Set<String> = [
      "Invalid/Cache UnsupportedValkeyVersion", "Invalid/Cache InvalidReplicationGroupID",
      "Invalid/Cache MultiAZWithoutReplica", "Invalid/Cache MultiAZWithoutAutomaticFailover",
      "Invalid/Cache AuthTokenWithUserGroup", "Invalid/Cache AuthTokenWithoutTransitEncryption",
      "Invalid/Cache InvalidAuthToken", "Invalid/Cache UserGroupWithoutTransitEncryption",
      "Invalid/Cache InvalidSnapshotRetentionLimit", "Invalid/Cache InvalidSnapshotWindow",
      "Invalid/Cache InvalidMaintenanceWindow", "Invalid/Cache DataTieringNotSupported",
      "Invalid/Cache DuplicateLogDelivery", "Invalid/Memcached InvalidNodeCount",
      "Invalid/Memcached SnapshotsNotSupported",
    ]
    #expect(expected.isSubset(of: found), "Missing: \(expected.subtracting(found).sorted())")
    #expect(!FileManager.default.fileExists(atPath: outdir), "Nothing is written when the app has errors")
  }

  @Test("Extreme counts, ports and strings are reported, never trapped on", arguments: [Int.min, -1, Int.max])
  func extremes(value: Int) {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    _ = ReplicationGroup(
      stack, "Cache", vpc: fixture.vpc, engineVersion: "99999.1", cacheNodeType: "cache..", shards: value,
      replicasPerShard: value, port: value, preferredAvailabilityZones: ["us-east-1a"],
      replicationGroupID: "\u{0}é-", snapshotRetentionLimit: value, snapshotWindow: "99:99-99:99",
      preferredMaintenanceWindow: "-")
    _ = CacheCluster(stack, "Memcached", vpc: fixture.vpc, numCacheNodes: value, port: value, clusterName: "")
    _ = ParameterGroup(stack, "Parameters", family: "")
    let codes = Set(errorCodes(of: stack))
    #expect(
      codes.isSuperset(of: [
        "InvalidEngineVersion", "InvalidCacheNodeType", "InvalidShardCount", "InvalidReplicaCount", "InvalidPort",
        "InvalidReplicationGroupID", "InvalidSnapshotRetentionLimit", "InvalidSnapshotWindow",
        "InvalidMaintenanceWindow", "InvalidNodeCount", "InvalidCacheClusterID", "UnknownParameterGroupFamily",
      ]), "\(codes.sorted())")
  }

  @Test("A token is not checked: ids, versions and descriptions known only at deployment pass")
  func tokensAreNotChecked() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let id = CfnParameter(stack, "GroupId", type: "String")
    let version = CfnParameter(stack, "Version", type: "String")
    let group = ReplicationGroup(
      stack, "Cache", vpc: fixture.vpc, engine: .redis7, engineVersion: version.valueAsString,
      replicationGroupID: id.valueAsString, description: "\(id.valueAsString) cache")
    #expect(errorCodes(of: stack).isEmpty)
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "ReplicationGroupId": ["Ref": "GroupId"], "EngineVersion": ["Ref": "Version"],
        "CacheParameterGroupName": .absent,
      ])
    #expect(stack.resolve(group.replicationGroupID) == ["Ref": "Cache18F6EE16"])
  }
}
