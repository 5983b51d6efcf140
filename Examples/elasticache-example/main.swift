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
let app = App()

let platform = Stack(app, "CachePlatform", description: "The shared cache platform")
let vpc = EC2.VPC(platform, "Vpc", maxAZs: 2, natGateways: 1)
let shared = SharedCache(
  platform, "SharedCache", platformName: "payments", vpc: vpc,
  description: "The shared cache of the payments platform",
  cacheUsageLimits: CacheUsageLimits(dataStorageMaximumSize: .gibibytes(10), requestRateLimitMaximum: 10_000),
  backup: BackupSettings(backupTime: .cron(minute: "0", hour: "3"), backupRetentionLimit: 7))

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
  showcase, "AppUser", engine: .redis, userId: "orders-api", accessControl: .fromAccessString("on ~orders:* +@all"),
  passwords: [.secretsManager("showcase/orders-api-cache-password")])
let reportingUser = IAMUser(
  showcase, "ReportingUser", engine: .redis, userId: "reporting",
  accessControl: .fromAccessString("on ~orders:* +@read"))
let userGroup = UserGroup(showcase, "UserGroup", engine: .redis, users: [defaultUser, appUser])
userGroup.addUser(reportingUser)
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

app.main()
