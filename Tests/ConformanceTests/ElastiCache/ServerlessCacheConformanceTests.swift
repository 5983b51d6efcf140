import ElastiCacheCDK
import Testing

@Suite("ElastiCache conformance: serverless caches")
struct ServerlessCacheConformanceTests {
  @Test("The required fields only: a cache in a new VPC")
  func minimalCache() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "MinimalCache")
    let vpc = EC2.VPC(stack, "VPC")
    _ = ServerlessCache(stack, "ServerlessCache", vpc: vpc)
    try Goldens.expectMatch(app, "ElastiCache/minimal-cache")
  }

  @Test("A cache using every property, with its user group, key and security group")
  func allProps() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "AllPropsCache")
    let vpc = EC2.VPC(
      stack, "Vpc",
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Public", subnetType: .public),
        EC2.SubnetConfiguration(name: "Private", subnetType: .privateWithEgress),
      ])
    let securityGroup = EC2.SecurityGroup(stack, "SecurityGroup", vpc: vpc)
    let key = KMS.Key(stack, "Key")
    let defaultUser = NoPasswordUser(
      stack, "DefaultUser", engine: .redis, userId: "new-default", userName: "default",
      accessControl: .fromAccessString("off -@all"))
    let userGroup = UserGroup(stack, "UserGroup", userGroupName: "user-group", engine: .redis, users: [defaultUser])
    _ = ServerlessCache(
      stack, "ServerlessCache",
      vpc: vpc,
      engine: .redisLatest,
      serverlessCacheName: "serverless-cache-test",
      description: "Test cache with all properties",
      cacheUsageLimits: CacheUsageLimits(
        dataStorageMinimumSize: .gibibytes(1), dataStorageMaximumSize: .gibibytes(10),
        requestRateLimitMinimum: 1000, requestRateLimitMaximum: 5000),
      backup: BackupSettings(
        backupTime: .cron(minute: "0", hour: "4"),
        backupRetentionLimit: 7,
        backupNameBeforeDeletion: "serverless-cache-before-deletion",
        backupArnsToRestore: ["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:my-snapshot-1"]),
      kmsKey: key,
      vpcSubnets: EC2.SubnetSelection(subnetType: .privateWithEgress),
      securityGroups: [securityGroup],
      userGroup: userGroup)
    try Goldens.expectMatch(app, "ElastiCache/all-props")
  }

  @Test("Usage limits on data storage and ECPU per second")
  func usageLimits() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "UsageLimits")
    let vpc = EC2.VPC(stack, "VPC")
    _ = ServerlessCache(
      stack, "ServerlessCache", vpc: vpc, engine: .valkeyLatest,
      cacheUsageLimits: CacheUsageLimits(
        dataStorageMinimumSize: .gibibytes(2), dataStorageMaximumSize: .gibibytes(3),
        requestRateLimitMinimum: 1000, requestRateLimitMaximum: 10000))
    _ = ServerlessCache(
      stack, "StorageOnly", vpc: vpc, cacheUsageLimits: CacheUsageLimits(dataStorageMaximumSize: .gibibytes(100)))
    try Goldens.expectMatch(app, "ElastiCache/usage-limits")
  }

  @Test("Automatic backups, a final backup and restoring from snapshots")
  func backups() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Backups")
    let vpc = EC2.VPC(stack, "VPC")
    _ = ServerlessCache(
      stack, "ServerlessCache", vpc: vpc,
      backup: BackupSettings(backupTime: .cron(minute: "0", hour: "9"), backupRetentionLimit: 6))
    _ = ServerlessCache(
      stack, "FinalBackup", vpc: vpc, engine: .valkeyLatest,
      backup: BackupSettings(backupNameBeforeDeletion: "my-final-backup-name"))
    _ = ServerlessCache(
      stack, "Restored", vpc: vpc, engine: .valkeyLatest,
      backup: BackupSettings(backupArnsToRestore: [
        "arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:my-final-backup-name"
      ]))
    _ = ServerlessCache(
      stack, "NoonBackup", vpc: vpc, backup: BackupSettings(backupTime: .cron(minute: "5", hour: "12")))
    try Goldens.expectMatch(app, "ElastiCache/backups")
  }

  @Test("Encryption at rest with a customer managed key")
  func customerManagedKey() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "CustomerManagedKey")
    let vpc = EC2.VPC(stack, "VPC")
    let key = KMS.Key(stack, "Key")
    _ = ServerlessCache(
      stack, "ServerlessCache", vpc: vpc, engine: .valkeyLatest, serverlessCacheName: "my-serverless-cache", kmsKey: key
    )
    try Goldens.expectMatch(app, "ElastiCache/customer-managed-key")
  }

  @Test("Every named metric in an alarm, and the README's ECPU alarm")
  func metricsAndAlarm() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Metrics")
    let vpc = EC2.VPC(stack, "VPC")
    let cache = ServerlessCache(stack, "ServerlessCache", vpc: vpc)
    _ = cache.metricProcessingUnitsConsumed().createAlarm(
      stack, "ElastiCacheProcessingUnitsAlarm", threshold: 50, evaluationPeriods: 1)
    var custom = CloudWatch.MetricOptions()
    custom.statistic = "Minimum"
    custom.period = .minutes(1)
    let metrics: KeyValuePairs<String, CloudWatch.Metric> = [
      "HitCount": cache.metricCacheHitCount(),
      "MissCount": cache.metricCacheMissCount(),
      "HitRate": cache.metricCacheHitRate(),
      "DataStored": cache.metricDataStored(),
      "BytesIn": cache.metricNetworkBytesIn(),
      "BytesOut": cache.metricNetworkBytesOut(),
      "Connections": cache.metricActiveConnections(),
      "WriteLatency": cache.metricWriteRequestLatency(),
      "ReadLatency": cache.metricReadRequestLatency(),
      "Custom": cache.metric("CustomMetric", custom),
    ]
    for (name, metric) in metrics {
      _ = CloudWatch.Alarm(
        stack, name + "Alarm", metric: metric, threshold: 1, evaluationPeriods: 2,
        comparisonOperator: .lessThanThreshold)
    }
    try Goldens.expectMatch(app, "ElastiCache/metrics-and-alarm")
  }

  @Test("Every named engine and a custom one; ingress on the endpoint port")
  func engines() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Engines")
    let vpc = EC2.VPC(stack, "VPC")
    let engines: KeyValuePairs<String, CacheEngine> = [
      "ValkeyLatest": .valkeyLatest, "Valkey7": .valkey7, "Valkey8": .valkey8, "Valkey9": .valkey9,
      "RedisLatest": .redisLatest, "Redis7": .redis7, "MemcachedLatest": .memcachedLatest,
      "Memcached16": .memcached1_6, "Custom": .of("valkey", majorVersion: "9"),
    ]
    var caches: [ServerlessCache] = []
    for (name, engine) in engines {
      caches.append(ServerlessCache(stack, name, vpc: vpc, engine: engine, description: "\(name) cache"))
    }
    let client = EC2.SecurityGroup(stack, "ClientSG", vpc: vpc)
    client.connections.allowToDefaultPort(caches[0])
    try Goldens.expectMatch(app, "ElastiCache/engines")
  }

  @Test("The upstream integration test: removal policies, limits, backups, a client security group")
  func integration() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "aws-cdk-serverless-cache", env: Environment(region: "us-east-1"))
    let vpc = EC2.VPC(stack, "VPC")
    let key = KMS.Key(stack, "Key")
    let securityGroup = EC2.SecurityGroup(stack, "SecurityGroup", vpc: vpc)
    let user = IAMUser(stack, "User", userId: "user", accessControl: .fromAccessString("on ~* +@all"))
    let userGroup = UserGroup(stack, "UserGroup", userGroupName: "usergroup", users: [user])
    let cache = ServerlessCache(
      stack, "Cache", vpc: vpc, engine: .valkey8, serverlessCacheName: "serverlesscache",
      description: "Serverless cache",
      cacheUsageLimits: CacheUsageLimits(
        dataStorageMinimumSize: .gibibytes(1), dataStorageMaximumSize: .gibibytes(1),
        requestRateLimitMinimum: 1000, requestRateLimitMaximum: 2000),
      backup: BackupSettings(backupRetentionLimit: 2, backupNameBeforeDeletion: "last-snapshot-name"),
      kmsKey: key, vpcSubnets: EC2.SubnetSelection(subnetType: .privateWithEgress), securityGroups: [securityGroup],
      userGroup: userGroup)
    user.applyRemovalPolicy(.destroy)
    userGroup.applyRemovalPolicy(.destroy)
    cache.applyRemovalPolicy(.destroy)
    let client = EC2.SecurityGroup(stack, "ClientSG", vpc: vpc)
    client.connections.allowToDefaultPort(cache)
    try Goldens.expectMatch(app, "ElastiCache/integ-serverless-cache")
  }

  @Test("Generated names: 40 characters at most, the cache's case kept, the group's lowercased")
  func generatedNames() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "aws-cdk-serverless-cache-auto-generate-name")
    let vpc = EC2.VPC(stack, "VPC")
    let userGroup = UserGroup(stack, "UserGroup")
    _ = ServerlessCache(stack, "Cache", vpc: vpc, userGroup: userGroup)
    let nested = Stack(app, "Nested")
    let group = UserGroup(nested, "AVeryLongConstructIdForAUserGroupThatIsLongerThanForty")
    _ = ServerlessCache(
      nested, "CacheWithAVeryLongConstructIdThatNeedsShortening", vpc: EC2.VPC(nested, "Vpc"), userGroup: group)
    try Goldens.expectMatch(app, "ElastiCache/auto-generated-names")
  }
}
