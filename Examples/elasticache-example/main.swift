import ElastiCacheCDK

// The bundled example: one shared cache, many services.
//
// - CachePlatform owns the network and the shared Valkey cache: its user group, the SSM parameters
//   services read, and baseline alarms.
// - Three service stacks each own their cache user (confined to their keyspace), a generated secret,
//   the user's membership of the shared user group, and a Lambda function bound to it. billing-api
//   writes reports under the shared `reports` prefix, which reporting-worker reads.
// - CacheShowcase declares the RFC's cache with every property, its users and user group, and a
//   function wired to it with the endpoint in its environment.
// - ProvisionedCache is seed 003 on node-based ElastiCache: a Redis OSS replication group (cluster mode
//   disabled, a primary and a replica in two zones, Multi-AZ) in isolated subnets, opened to an instance's and
//   a function's security groups; the function reads the primary and reader endpoints.
let app = App()
// Seed 004's tags on every resource; `swift run elasticache-example check` runs the rules before deploy.
for (key, value) in [
  ("env", "prod"), ("app", "payments"), ("team", "payments-platform"), ("owner", "payments-platform@example.com"),
  ("cost-center", "1234"), ("data-classification", "confidential"),
] {
  Tags.of(app).add(key, value)
}

let platform = Stack(app, "CachePlatform", description: "The shared cache platform")
let vpc = EC2.VPC(platform, "Vpc", maxAZs: 2, natGateways: 1)
let shared = SharedCache(
  platform, "SharedCache", platformName: "payments", vpc: vpc,
  description: "The shared cache of the payments platform",
  cacheUsageLimits: CacheUsageLimits(dataStorageMaximumSize: .gibibytes(10), requestRateLimitMaximum: 10_000),
  backup: BackupSettings(backupTime: .cron(minute: "0", hour: "3"), backupRetentionLimit: 7),
  kmsKey: KMS.Key(platform, "CacheKey"))
_ = shared.cache.metric("Evictions").createAlarm(platform, "EvictionsAlarm", threshold: 1000, evaluationPeriods: 3)
Rules.suppress(
  shared, "EC12",
  reason: "The services share the common: and reports: prefixes by design; reporting-worker only reads them."
)

let serviceCode = S3.Bucket.fromBucketName(platform, "ServiceArtifacts", "payments-service-artifacts")
let services: [(stackName: String, serviceName: String, permissions: KeyspacePermissions)] = [
  ("EnrollmentService", "enrollment-api", KeyspacePermissions()),
  ("BillingService", "billing-api", KeyspacePermissions(sharedPrefixes: ["common", "reports"])),
  ("ReportingService", "reporting-worker", KeyspacePermissions(readOnly: true, sharedPrefixes: ["common", "reports"])),
]
for service in services {
  let stack = Stack(app, service.stackName, description: "The \(service.serviceName) service")
  let access = ServiceCacheAccess(
    stack, "CacheAccess", serviceName: service.serviceName, cache: shared, permissions: service.permissions)
  let function = Lambda.Function(
    stack, "Handler", runtime: .providedAL2023, handler: "bootstrap",
    code: .fromBucket(serviceCode, key: "\(service.serviceName)/lambda.zip"),
    architecture: .arm64, memorySize: 256, timeout: .seconds(10), vpc: vpc)
  access.bind(to: function)
}

let showcase = Stack(app, "CacheShowcase", description: "The RFC's serverless cache with every property")
let showcaseVpc = EC2.VPC(
  showcase, "Vpc",
  subnetConfiguration: [
    EC2.SubnetConfiguration(name: "Public", subnetType: .public),
    EC2.SubnetConfiguration(name: "Private", subnetType: .privateWithEgress),
  ])
let securityGroup = EC2.SecurityGroup(showcase, "SecurityGroup", vpc: showcaseVpc)
let key = KMS.Key(showcase, "Key")
let defaultUser = NoPasswordUser(
  showcase, "DefaultUser", engine: .redis, userId: "showcase-default", userName: "default",
  accessControl: .fromAccessString("off -@all"))
let appUser = PasswordUser(
  showcase, "AppUser", engine: .redis, userId: "orders-api",
  accessControl: .fromAccessString("on ~orders:* +@all -@dangerous"),
  passwords: [.secretsManager("showcase/orders-api-cache-password")])
let reportingUser = IAMUser(
  showcase, "ReportingUser", engine: .redis, userId: "reporting",
  accessControl: .fromAccessString("on ~orders:* +@read"))
let userGroup = UserGroup(showcase, "UserGroup", engine: .redis, users: [defaultUser, appUser])
userGroup.addUser(reportingUser)
Rules.suppress(userGroup, "EC12", reason: "The reporting user reads the orders keys the app user writes, on purpose.")
let cache = ServerlessCache(
  showcase, "ServerlessCache", vpc: showcaseVpc, engine: .redisLatest, serverlessCacheName: "serverless-cache-test",
  description: "Test cache with all properties",
  cacheUsageLimits: CacheUsageLimits(
    dataStorageMinimumSize: .gibibytes(1), dataStorageMaximumSize: .gibibytes(10),
    requestRateLimitMinimum: 1000, requestRateLimitMaximum: 5000),
  backup: BackupSettings(
    backupTime: .cron(minute: "0", hour: "4"), backupRetentionLimit: 7,
    backupNameBeforeDeletion: "serverless-cache-before-deletion"),
  kmsKey: key, vpcSubnets: EC2.SubnetSelection(subnetType: .privateWithEgress), securityGroups: [securityGroup],
  userGroup: userGroup)
let reporting = Lambda.Function(
  showcase, "Function", runtime: .providedAL2023, handler: "bootstrap",
  code: .fromBucket(S3.Bucket.fromBucketName(showcase, "Artifacts", "my-artifacts"), key: "service.zip"),
  vpc: showcaseVpc,
  environment: [
    "LINKED_CACHE_ENDPOINT": cache.serverlessCacheEndpointAddress,
    "LINKED_CACHE_PORT": cache.serverlessCacheEndpointPort,
  ])
cache.connections.allowDefaultPortFrom(reporting)
cache.grantConnect(reporting)
reportingUser.grantConnect(reporting)
_ = cache.metricProcessingUnitsConsumed().createAlarm(
  showcase, "ProcessingUnitsAlarm", threshold: 50, evaluationPeriods: 1)
_ = cache.metricDataStored().createAlarm(showcase, "DataStoredAlarm", threshold: 8_589_934_592, evaluationPeriods: 3)
_ = cache.metric("Evictions").createAlarm(showcase, "EvictionsAlarm", threshold: 1000, evaluationPeriods: 3)
_ = cache.metricActiveConnections().createAlarm(showcase, "ConnectionsAlarm", threshold: 5000, evaluationPeriods: 3)

let provisioned = Stack(
  app, "ProvisionedCache", description: "Seed 003: a Redis OSS replication group, cluster mode disabled")
let cacheVpc = EC2.VPC(
  provisioned, "Vpc", maxAZs: 2, natGateways: 0,
  subnetConfiguration: [
    EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated),
    EC2.SubnetConfiguration(name: "Application", subnetType: .privateIsolated),
  ])
let instanceSecurityGroup = EC2.SecurityGroup(
  provisioned, "InstanceSecurityGroup", vpc: cacheVpc, description: "The instance that runs redis-cli")
let functionSecurityGroup = EC2.SecurityGroup(
  provisioned, "FunctionSecurityGroup", vpc: cacheVpc, description: "The function that reads and writes the cache")
// Unlike the seed, clients authenticate with an AUTH token that Secrets Manager generates (never in the template).
let authToken = SecretsManager.Secret(
  provisioned, "AuthToken", description: "The AUTH token of the seed 003 replication group",
  generateSecretString: SecretsManager.SecretStringGenerator(passwordLength: 64, excludePunctuation: true))
let replicationGroup = ReplicationGroup(
  provisioned, "Cache", vpc: cacheVpc, engine: .redis7, engineVersion: "7.1", cacheNodeType: .t4gMicro,
  shards: 1, replicasPerShard: 1, multiAZ: true, automaticFailover: true, port: 6379,
  kmsKey: KMS.Key(provisioned, "CacheKey"), authToken: authToken.secretValue,
  parameterGroup: ParameterGroup(
    provisioned, "Parameters", family: .redis7, parameters: ["maxmemory-policy": "allkeys-lru"]),
  vpcSubnets: EC2.SubnetSelection(subnetGroupName: "Cache"),
  replicationGroupID: "fa-063-replicationgroup", description: "fa-063-ReplicationGroup",
  snapshotRetentionLimit: 1, snapshotWindow: "03:00-04:00", preferredMaintenanceWindow: "sun:05:00-sun:06:00",
  autoMinorVersionUpgrade: true, logDelivery: [.slowLog()])
replicationGroup.connections.allowDefaultPortFrom(instanceSecurityGroup)
replicationGroup.connections.allowDefaultPortFrom(functionSecurityGroup)
// The function's package bundles redis-py, as the seed's Lambda layer does.
let provisionedFunction = Lambda.Function(
  provisioned, "Function", runtime: .python3_12, handler: "index.lambda_handler",
  code: .fromBucket(S3.Bucket.fromBucketName(provisioned, "Artifacts", "my-artifacts"), key: "redis-client.zip"),
  vpc: cacheVpc, vpcSubnets: EC2.SubnetSelection(subnetGroupName: "Application"),
  securityGroups: [functionSecurityGroup],
  environment: [
    "PRIMARY_ENDPOINT_ADDRESS": replicationGroup.primaryEndpointAddress,
    "READER_ENDPOINT_ADDRESS": replicationGroup.readerEndpointAddress,
    "REDIS_PORT": replicationGroup.primaryEndpointPort,
    "REDIS_AUTH_SECRET_ARN": authToken.secretArn,
  ])
_ = authToken.grantRead(provisionedFunction)
replicationGroup.recommendedAlarms()
_ = CfnOutput(provisioned, "PrimaryEndpoint", value: replicationGroup.primaryEndpointAddress)
_ = CfnOutput(provisioned, "ReaderEndpoint", value: replicationGroup.readerEndpointAddress)

app.main()
