import ElastiCacheCDK
import Testing

/// L1 parity of the node-based cache constructs: each Swift program below, written with the L2 constructs,
/// renders the same ElastiCache, security group and log group resources as the Python program beside its
/// golden (`Goldens/Provisioned/<case>/program.py`), written with the AWS CDK's L1 classes.
@Suite("L1 parity: provisioned caches")
struct ProvisionedParityTests {
  @Test(
    "Seed 003: a Redis OSS replication group, cluster mode disabled, one replica, opened to an instance and a function")
  func seed003() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "RedisClusterModeDisabled")
    let vpc = EC2.VPC(
      stack, "Vpc", maxAZs: 2, natGateways: 0,
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated),
        EC2.SubnetConfiguration(name: "Application", subnetType: .privateIsolated),
      ])
    let instanceSecurityGroup = EC2.SecurityGroup(
      stack, "InstanceSecurityGroup", vpc: vpc, description: "The instance that runs redis-cli")
    let functionSecurityGroup = EC2.SecurityGroup(
      stack, "FunctionSecurityGroup", vpc: vpc, description: "The function that reads and writes the cache")
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
      parameterGroup: parameters,
      vpcSubnets: EC2.SubnetSelection(subnetGroupName: "Cache"),
      replicationGroupID: "fa-063-replicationgroup", description: "fa-063-ReplicationGroup",
      autoMinorVersionUpgrade: true)
    group.connections.allowDefaultPortFrom(instanceSecurityGroup)
    group.connections.allowDefaultPortFrom(functionSecurityGroup)
    _ = Lambda.Function(
      stack, "Function", runtime: .python3_12, handler: "index.lambda_handler",
      code: .fromInline("def lambda_handler(event, context):\n    return {}\n"),
      vpc: vpc, vpcSubnets: EC2.SubnetSelection(subnetGroupName: "Application"),
      securityGroups: [functionSecurityGroup],
      environment: [
        "PRIMARY_ENDPOINT_ADDRESS": group.primaryEndpointAddress,
        "READER_ENDPOINT_ADDRESS": group.readerEndpointAddress,
        "REDIS_PORT": group.primaryEndpointPort,
      ])

    try L1Parity.expectMatch(app, "Provisioned/seed-003")
  }

  @Test("Cluster mode enabled: Valkey 8 in three shards of two replicas, AUTH token, key, snapshots, slow log")
  func clusterModeEnabled() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ValkeyClusterModeEnabled")
    let vpc = EC2.VPC(stack, "Vpc", maxAZs: 3)
    let key = KMS.Key(stack, "Key")
    let application = EC2.SecurityGroup(stack, "Application", vpc: vpc)
    let parameters = ParameterGroup(
      stack, "Parameters", family: .valkey8,
      parameters: ["cluster-enabled": "yes", "maxmemory-policy": "volatile-lru"])
    let group = ReplicationGroup(
      stack, "Cache",
      vpc: vpc,
      engine: .valkey8,
      cacheNodeType: .r7gLarge,
      shards: 3,
      replicasPerShard: 2,
      kmsKey: key,
      authToken: .secretsManager("orders/cache-auth-token", jsonField: "token"),
      parameterGroup: parameters,
      replicationGroupID: "orders-cache",
      description: "Orders cache",
      snapshotRetentionLimit: 7, snapshotWindow: "03:00-04:00",
      preferredMaintenanceWindow: "sun:05:00-sun:06:00",
      logDelivery: [.slowLog()])
    group.connections.allowDefaultPortFrom(application)

    try L1Parity.expectMatch(app, "Provisioned/cluster-mode-enabled")
  }

  @Test("Memcached: three nodes across zones, TLS, a parameter group and a subnet group of isolated subnets")
  func memcached() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "MemcachedCluster")
    let vpc = EC2.VPC(
      stack, "Vpc", maxAZs: 3, natGateways: 0,
      subnetConfiguration: [EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated)])
    let application = EC2.SecurityGroup(stack, "Application", vpc: vpc)
    let parameters = ParameterGroup(
      stack, "Parameters", family: .memcached1_6, parameters: ["max_item_size": "10485760"])
    let memcached = CacheCluster(
      stack, "Memcached", vpc: vpc, engine: .memcached1_6, cacheNodeType: .t4gSmall, numCacheNodes: 3,
      azMode: .crossAZ, parameterGroup: parameters, clusterName: "sessions",
      preferredMaintenanceWindow: "mon:02:00-mon:03:00")
    memcached.connections.allowDefaultPortFrom(application)

    try L1Parity.expectMatch(app, "Provisioned/memcached")
  }

  @Test("Every property: a Redis OSS replication group with data tiering, RBAC, logs, dual stack and a restore")
  func everyProperty() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "EveryProperty")
    let vpc = EC2.VPC(stack, "Vpc", maxAZs: 3)
    let key = KMS.Key(stack, "Key")
    let cacheSecurityGroup = EC2.SecurityGroup(stack, "CacheSecurityGroup", vpc: vpc, description: "Orders cache")
    let subnets = SubnetGroup(
      stack, "Subnets", vpc: vpc, vpcSubnets: EC2.SubnetSelection(subnetType: .privateWithEgress),
      description: "Orders cache subnets", subnetGroupName: "orders-cache-subnets")
    let parameters = ParameterGroup(
      stack, "Parameters", family: .redis7, parameters: ["maxmemory-policy": "allkeys-lfu", "timeout": "300"],
      description: "Orders cache parameters")
    let defaultUser = NoPasswordUser(
      stack, "DefaultUser", engine: .redis, userId: "orders-default", userName: "default",
      accessControl: .fromAccessString("off -@all"))
    let reporting = IAMUser(
      stack, "Reporting", engine: .redis, userId: "reporting", accessControl: .fromAccessString("on ~orders:* +@read"))
    let users = UserGroup(
      stack, "Users", userGroupName: "orders-users", engine: .redis, users: [defaultUser, reporting])
    let slowLog = Logs.LogGroup(stack, "SlowLog", retention: .oneMonth, removalPolicy: .destroy)
    let group = ReplicationGroup(
      stack, "Cache",
      vpc: vpc,
      engine: .redis7,
      engineVersion: "7.1",
      cacheNodeType: .r6gdXLarge,
      shards: 1,
      replicasPerShard: 2,
      multiAZ: true, automaticFailover: true,
      port: 6380,
      transitEncryption: true, transitEncryptionMode: .required, atRestEncryption: true,
      kmsKey: key,
      userGroup: users,
      parameterGroup: parameters,
      subnetGroup: subnets,
      securityGroups: [cacheSecurityGroup],
      preferredAvailabilityZones: ["us-east-1a", "us-east-1b", "us-east-1c"],
      replicationGroupID: "orders-cache", description: "Orders cache",
      snapshotRetentionLimit: 14, snapshotWindow: "02:00-03:30",
      preferredMaintenanceWindow: "sat:22:00-sun:00:30", autoMinorVersionUpgrade: true,
      notificationTopicArn: "arn:aws:sns:us-east-1:123456789012:orders-cache-events",
      logDelivery: [
        .slowLog(destination: .cloudWatchLogs(slowLog)),
        .engineLog(format: .text, destination: .kinesisFirehose("orders-cache-engine-log")),
      ],
      dataTiering: true,
      networkType: .dualStack, ipDiscovery: .ipv6,
      snapshotName: "orders-cache-before-migration",
      removalPolicy: .retain)
    Tags.of(group).add("team", "orders")

    try L1Parity.expectMatch(app, "Provisioned/every-property")
  }
}

/// The comparison itself: it pairs resources whatever their logical ids, and reports what differs.
@Suite("L1 parity comparison")
struct L1ParityComparisonTests {
  static let golden: TemplateValue = [
    "Resources": [
      "GroupA": ["Type": "AWS::EC2::SecurityGroup", "Properties": ["GroupDescription": "cache"]],
      "CacheA": [
        "Type": "AWS::ElastiCache::ReplicationGroup",
        "Properties": ["Port": 6379, "SecurityGroupIds": [["Fn::GetAtt": ["GroupA", "GroupId"]]]],
      ],
      "Vpc": ["Type": "AWS::EC2::VPC"],
    ]
  ]

  @Test("Renamed resources with the same properties match")
  func renamed() {
    let actual: TemplateValue = [
      "Resources": [
        "CacheB": [
          "Type": "AWS::ElastiCache::ReplicationGroup",
          "Properties": ["SecurityGroupIds": [["Fn::GetAtt": ["GroupB", "GroupId"]]], "Port": 6379],
        ],
        "GroupB": ["Type": "AWS::EC2::SecurityGroup", "Properties": ["GroupDescription": "cache"]],
      ]
    ]
    #expect(L1Parity.differences(golden: Self.golden, actual: actual).isEmpty)
  }

  @Test("A changed property, a missing reference and an extra resource are reported")
  func differences() {
    let actual: TemplateValue = [
      "Resources": [
        "CacheB": [
          "Type": "AWS::ElastiCache::ReplicationGroup",
          "Properties": ["SecurityGroupIds": [["Fn::GetAtt": ["Other", "GroupId"]]], "Port": 6380],
        ],
        "GroupB": ["Type": "AWS::EC2::SecurityGroup", "Properties": ["GroupDescription": "cache"]],
        "Other": ["Type": "AWS::EC2::SecurityGroup", "Properties": ["GroupDescription": "other"]],
      ]
    ]
    let found = L1Parity.differences(golden: Self.golden, actual: actual)
    #expect(found.contains("/Resources/CacheA~CacheB/Properties/Port: expected 6379 got 6380"))
    #expect(found.contains { $0.hasPrefix("/Resources/CacheA~CacheB/Properties/SecurityGroupIds[0]") })
    #expect(found.contains("/Resources/Other: unexpected AWS::EC2::SecurityGroup resource"))
  }
}
