import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The port of upstream `serverless-cache.test.ts` (aws/aws-cdk `89c4a355`, reference §7.1): 41 cases.
/// The newest `CacheEngine class` block (§7.1b) is in `Engines/EngineTests.swift`.
@Suite("serverless cache")
struct ServerlessCacheTests {
  /// Every engine of the upstream `test.each` tables.
  static let engines: [CacheEngine] = [
    .valkeyLatest, .valkey8, .valkey7, .redisLatest, .redis7, .memcachedLatest, .memcached1_6,
  ]

  @Suite("create valid templates")
  struct CreateValidTemplates {
    @Test("import serverless cache")
    func importServerlessCache() {
      let fixture = StackWithVPC()
      let stack = fixture.stack
      let cache = ServerlessCache.fromServerlessCacheAttributes(
        stack, "ImportedCache", serverlessCacheName: "my-serverless-cache")
      // Deliberate improvement 1 (CONFORMANCE.md): upstream expects `...:serverlesscache/my-serverless-cache`.
      let expected: StringValue =
        "arn:\(stack.partition):elasticache:\(stack.region):\(stack.account):serverlesscache:my-serverless-cache"
      #expect(stack.resolve(cache.serverlessCacheArn) == stack.resolve(expected))
    }

    @Test("import serverless cache for %s", arguments: ServerlessCacheTests.engines)
    func importServerlessCache(for engine: CacheEngine) throws {
      let fixture = StackWithVPC()
      let stack = fixture.stack
      let cache = ServerlessCache.fromServerlessCacheAttributes(
        stack, "ImportedCache", engine: engine, serverlessCacheName: "my-serverless-cache")
      // Deliberate improvement 1 (CONFORMANCE.md): upstream expects `...:serverlesscache/my-serverless-cache`.
      let expected: StringValue =
        "arn:\(stack.partition):elasticache:\(stack.region):\(stack.account):serverlesscache:my-serverless-cache"
      #expect(stack.resolve(cache.serverlessCacheArn) == stack.resolve(expected))
      // Upstream: the import does not throw. Here: the app has no error.
      _ = try Template(stack)
    }

    @Test("create serverless cache with full props")
    func fullProps() throws {
      let fixture = StackWithVPC()
      let stack = fixture.stack
      let key = KMS.Key(stack, "Key")
      let securityGroup = EC2.SecurityGroup(stack, "SecurityGroup", vpc: fixture.vpc)
      let userGroup = UserGroup(stack, "UserGroup")
      _ = ServerlessCache(
        stack, "Cache",
        vpc: fixture.vpc,
        engine: .valkey8,
        serverlessCacheName: "serverelessCache",
        description: "Serverless cache",
        cacheUsageLimits: CacheUsageLimits(
          dataStorageMinimumSize: .gibibytes(1), dataStorageMaximumSize: .gibibytes(1),
          requestRateLimitMinimum: 1_000, requestRateLimitMaximum: 1_000),
        backup: BackupSettings(backupRetentionLimit: 2, backupNameBeforeDeletion: "last-snapshot-name"),
        kmsKey: key,
        vpcSubnets: EC2.SubnetSelection(subnetType: .privateWithEgress),
        securityGroups: [securityGroup],
        userGroup: userGroup)

      let template = try Template(stack)
      try template.resourceCountIs("AWS::KMS::Key", 1)
      try template.hasResourceProperties(
        "AWS::ElastiCache::ServerlessCache",
        [
          "Description": "Serverless cache",
          "Engine": "valkey",
          "MajorEngineVersion": "8",
          "KmsKeyId": ["Ref": "Key961B73FD"],
          "FinalSnapshotName": "last-snapshot-name",
          "ServerlessCacheName": "serverelessCache",
          "SnapshotRetentionLimit": 2,
          "UserGroupId": "usergroup",
          "CacheUsageLimits": [
            "DataStorage": ["Minimum": 1, "Maximum": 1],
            "ECPUPerSecond": ["Minimum": 1_000, "Maximum": 1_000],
          ],
        ])
    }

    /// A row of the upstream table: the engine, its CloudFormation `Engine`, and `MajorEngineVersion`
    /// (`nil` for `Match.absent()`).
    struct VersionCase: Sendable, CustomTestStringConvertible {
      let engine: CacheEngine
      let engineType: String
      let majorVersion: String?
      var testDescription: String { engine.description }
    }

    @Test(
      "test serverless cache version for %s",
      arguments: [
        VersionCase(engine: .valkeyLatest, engineType: "valkey", majorVersion: nil),
        VersionCase(engine: .valkey8, engineType: "valkey", majorVersion: "8"),
        VersionCase(engine: .valkey7, engineType: "valkey", majorVersion: "7"),
        VersionCase(engine: .redisLatest, engineType: "redis", majorVersion: nil),
        VersionCase(engine: .redis7, engineType: "redis", majorVersion: "7"),
        VersionCase(engine: .memcachedLatest, engineType: "memcached", majorVersion: nil),
        VersionCase(engine: .memcached1_6, engineType: "memcached", majorVersion: "1.6"),
      ])
    func version(_ row: VersionCase) throws {
      let fixture = StackWithVPC()
      _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, engine: row.engine, description: "Serverless cache")
      try Template(fixture.stack).hasResourceProperties(
        "AWS::ElastiCache::ServerlessCache",
        [
          "Description": "Serverless cache",
          "Engine": Match(stringLiteral: row.engineType),
          "MajorEngineVersion": row.majorVersion.map { Match(stringLiteral: $0) } ?? Match.absent,
        ])
    }

    @Test("allow security group ingress with endpoint port")
    func ingressOnEndpointPort() throws {
      let fixture = StackWithVPC()
      let cache = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc)
      EC2.SecurityGroup(fixture.stack, "SecurityGroup", vpc: fixture.vpc).connections.allowToDefaultPort(cache)
      try Template(fixture.stack).hasResourceProperties(
        "AWS::EC2::SecurityGroupIngress",
        [
          "FromPort": ["Fn::GetAtt": ["Cache18F6EE16", "Endpoint.Port"]],
          "ToPort": ["Fn::GetAtt": ["Cache18F6EE16", "Endpoint.Port"]],
        ])
    }
  }

  @Suite("validation errors")
  struct ValidationErrors {
    /// Upstream `new ServerlessCache(stack, 'cache', ...)`.
    static let cachePath = "Default/cache"
    /// Upstream `ServerlessCache.fromServerlessCacheAttributes(stack, 'ImportedCache', ...)`.
    static let importPath = "Default/ImportedCache"

    struct DescriptionCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      let description: String
      let errorMessage: String
    }

    @Test(
      "validation errors of the description",
      arguments: [
        DescriptionCase(
          testDescription: "when the description is longer than the max(255) characters throws validation error",
          description: String(repeating: "A", count: 256),
          errorMessage: "Description must not exceed 255 characters, currently has 256"),
        DescriptionCase(
          testDescription: "when the description has < characters throws validation error",
          description: "<", errorMessage: "Description must not contain < or > characters"),
        DescriptionCase(
          testDescription: "when the description has > characters throws validation error",
          description: ">", errorMessage: "Description must not contain < or > characters"),
      ])
    func description(_ row: DescriptionCase) {
      let fixture = StackWithVPC()
      _ = ServerlessCache(fixture.stack, "cache", vpc: fixture.vpc, description: StringValue(row.description))
      expectSynthesisError(fixture.stack, row.errorMessage, at: Self.cachePath)
    }

    struct UsageLimitsCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      let cacheUsageLimits: CacheUsageLimits
      let errorMessage: String
    }

    static let invalidMinStorageSize = Size.bytes(0)
    static let invalidMaxStorageSize = Size.gibibytes(5_001)
    static let invalidMinRequestRate = 999
    static let invalidMaxRequestRate = 15_000_001

    @Test(
      "validation errors of the usage limits",
      arguments: [
        UsageLimitsCase(
          testDescription: "when the minimum data storage is smaller than the minimum(1 GB) throws validation error",
          cacheUsageLimits: CacheUsageLimits(dataStorageMinimumSize: ValidationErrors.invalidMinStorageSize),
          errorMessage: "Data storage minimum must be between 1 and 5000 GB."),
        UsageLimitsCase(
          testDescription: "when the minimum data storage is larger than the maximum(5000 GB) throws validation error",
          cacheUsageLimits: CacheUsageLimits(dataStorageMinimumSize: ValidationErrors.invalidMaxStorageSize),
          errorMessage: "Data storage minimum must be between 1 and 5000 GB."),
        UsageLimitsCase(
          testDescription: "when the maximum data storage is larger than the maximum(5000 GB) throws validation error",
          cacheUsageLimits: CacheUsageLimits(dataStorageMaximumSize: ValidationErrors.invalidMaxStorageSize),
          errorMessage: "Data storage maximum must be between 1 and 5000 GB."),
        UsageLimitsCase(
          testDescription: "when the maximum data storage is smaller than the minimum(1 GB) throws validation error",
          cacheUsageLimits: CacheUsageLimits(dataStorageMaximumSize: ValidationErrors.invalidMinStorageSize),
          errorMessage: "Data storage maximum must be between 1 and 5000 GB."),
        UsageLimitsCase(
          testDescription:
            "when the minimum data storage is larger than maximum data storage throws validation error",
          cacheUsageLimits: CacheUsageLimits(
            dataStorageMinimumSize: .gibibytes(100), dataStorageMaximumSize: .gibibytes(99)),
          errorMessage: "Data storage minimum cannot be greater than maximum"),
        UsageLimitsCase(
          testDescription: "when the minimum request rate is smaller than minimum(1,000) throws validation error",
          cacheUsageLimits: CacheUsageLimits(requestRateLimitMinimum: ValidationErrors.invalidMinRequestRate),
          errorMessage: "Request rate minimum must be between 1,000 and 15,000,000 ECPUs per second"),
        UsageLimitsCase(
          testDescription:
            "when the minimum request rate is larger than maximum(15,000,000) throws validation error",
          cacheUsageLimits: CacheUsageLimits(requestRateLimitMinimum: ValidationErrors.invalidMaxRequestRate),
          errorMessage: "Request rate minimum must be between 1,000 and 15,000,000 ECPUs per second"),
        UsageLimitsCase(
          testDescription: "when the maximum request rate is smaller than minimum(1,000) throws validation error",
          cacheUsageLimits: CacheUsageLimits(requestRateLimitMaximum: ValidationErrors.invalidMinRequestRate),
          errorMessage: "Request rate maximum must be between 1,000 and 15,000,000 ECPUs per second"),
        UsageLimitsCase(
          testDescription:
            "when the maximum request rate is \(ValidationErrors.invalidMaxRequestRate) throws validation error",
          cacheUsageLimits: CacheUsageLimits(requestRateLimitMaximum: ValidationErrors.invalidMaxRequestRate),
          errorMessage: "Request rate maximum must be between 1,000 and 15,000,000 ECPUs per second"),
        UsageLimitsCase(
          testDescription:
            "when the minimum request rate is larger than maximum request rate throws validation error",
          cacheUsageLimits: CacheUsageLimits(requestRateLimitMinimum: 2_000, requestRateLimitMaximum: 1_000),
          errorMessage: "Request rate minimum cannot be greater than maximum"),
      ])
    func usageLimits(_ row: UsageLimitsCase) {
      let fixture = StackWithVPC()
      _ = ServerlessCache(fixture.stack, "cache", vpc: fixture.vpc, cacheUsageLimits: row.cacheUsageLimits)
      expectSynthesisError(fixture.stack, row.errorMessage, at: Self.cachePath)
    }

    struct BackupCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      var backupRetentionLimit: Int? = nil
      var backupNameBeforeDeletion: String? = nil
      let errorMessage: String
    }

    @Test(
      "validation errors of the backup settings",
      arguments: [
        BackupCase(
          testDescription: "when the backup retention limit is smaller than minimum(1) throws validation error",
          backupRetentionLimit: 0, errorMessage: "Backup retention limit must be between 1 and 35 days"),
        BackupCase(
          testDescription: "when the backup retention limit is larger than maximum(35) throws validation error",
          backupRetentionLimit: 36, errorMessage: "Backup retention limit must be between 1 and 35 days"),
        BackupCase(
          testDescription: "when the backup name starts with number throws validation error",
          backupNameBeforeDeletion: "1", errorMessage: "Final backup name must begin with a letter"),
        BackupCase(
          testDescription: "when the backup name ends with hyphen throws validation error",
          backupNameBeforeDeletion: "a-", errorMessage: "Final backup name must not end with a hyphen"),
        BackupCase(
          testDescription: "when the backup name has two consecutive hyphen throws validation error",
          backupNameBeforeDeletion: "a--a", errorMessage: "Final backup name must not contain two consecutive hyphens"),
        BackupCase(
          testDescription: "when the backup name has dollar sign throws validation error",
          backupNameBeforeDeletion: "a$b",
          errorMessage: "Final backup name must contain only ASCII letters, digits, and hyphens"),
      ])
    func backup(_ row: BackupCase) {
      let fixture = StackWithVPC()
      _ = ServerlessCache(
        fixture.stack, "cache", vpc: fixture.vpc,
        backup: BackupSettings(
          backupRetentionLimit: row.backupRetentionLimit,
          backupNameBeforeDeletion: row.backupNameBeforeDeletion.map { StringValue($0) }))
      expectSynthesisError(fixture.stack, row.errorMessage, at: Self.cachePath)
    }

    struct UserGroupCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      let engine: CacheEngine
      /// The user group's engine; `nil` for upstream's empty props (the default, Valkey).
      let userGroupEngine: UserEngine?
      let errorMessage: String
    }

    @Test(
      "validation errors of the user group",
      arguments: [
        UserGroupCase(
          testDescription: "when a user group passed to Mem cache throws validation error",
          engine: .memcachedLatest, userGroupEngine: nil,
          errorMessage:
            "User groups cannot be used with Memcached engines. Only Redis and Valkey engines support user groups."),
        UserGroupCase(
          testDescription: "when a valkey user group passed to Redis cache throws validation error",
          engine: .redisLatest, userGroupEngine: .valkey,
          errorMessage: "Redis cache can only use Redis user groups."),
      ])
    func userGroup(_ row: UserGroupCase) {
      let fixture = StackWithVPC()
      let userGroup =
        row.userGroupEngine.map { UserGroup(fixture.stack, "UserGroup", engine: $0) }
        ?? UserGroup(fixture.stack, "UserGroup")
      _ = ServerlessCache(fixture.stack, "cache", vpc: fixture.vpc, engine: row.engine, userGroup: userGroup)
      expectSynthesisError(fixture.stack, row.errorMessage, at: Self.cachePath)
    }

    struct ImportCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      var serverlessCacheArn: String? = nil
      var serverlessCacheName: String? = nil
      let errorMessage: String
    }

    @Test(
      "validation errors of imports",
      arguments: [
        ImportCase(
          testDescription: "when passing cache name & cache arn throws validation error",
          serverlessCacheArn: "arn:aws:elasticache:us-east-1:999999999999:serverlesscache:cachename",
          serverlessCacheName: "cachename",
          errorMessage: "Only one of serverlessCacheArn or serverlessCacheName can be provided."),
        ImportCase(
          testDescription: "when passing none of cache name or cache arn throws validation error",
          errorMessage: "One of serverlessCacheName or serverlessCacheArn is required."),
        ImportCase(
          testDescription: "when passing cache arn invalid(has no cache name) throws validation error",
          serverlessCacheArn: "arn:aws:elasticache:us-east-1:999999999999:serverlesscache",
          errorMessage: "Unable to extract serverless cache name from ARN."),
      ])
    func importAttributes(_ row: ImportCase) {
      let fixture = StackWithVPC()
      _ = ServerlessCache.fromServerlessCacheAttributes(
        fixture.stack, "ImportedCache",
        serverlessCacheName: row.serverlessCacheName.map { StringValue($0) },
        serverlessCacheArn: row.serverlessCacheArn.map { StringValue($0) })
      expectSynthesisError(fixture.stack, row.errorMessage, at: Self.importPath)
    }
  }
}

/// Cases the TerraConstructs port of the newest upstream test also has (reference §7.1b, "probably upstream
/// too, but unverified"); not counted among the ported upstream cases.
@Suite("serverless cache: cases of the port of the newest upstream test")
struct ServerlessCachePortedExtraTests {
  /// Upstream `ServerlessCache.isServerlessCache(x)` is Swift's `x is ServerlessCache`.
  private func isServerlessCache(_ value: Any?) -> Bool { value is ServerlessCache }

  @Test("isServerlessCache: true for an instance, false for other values and for imported caches")
  func isServerlessCacheChecks() {
    let fixture = StackWithVPC()
    let cache = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc)
    #expect(isServerlessCache(cache))
    for value in nonConstructValues() { #expect(!isServerlessCache(value)) }
    #expect(!isServerlessCache(ServerlessCache.fromServerlessCacheName(fixture.stack, "Imported", "my-cache")))
  }

  @Test("backup time from a cron schedule renders as HH:MM")
  func dailySnapshotTime() throws {
    let fixture = StackWithVPC()
    _ = ServerlessCache(
      fixture.stack, "Cache", vpc: fixture.vpc,
      backup: BackupSettings(backupTime: .cron(minute: "5", hour: "12")))
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ServerlessCache", ["DailySnapshotTime": "12:05"])
  }

  @Test("a backup time with a week day is rejected")
  func weekDayBackupTime() {
    let fixture = StackWithVPC()
    _ = ServerlessCache(
      fixture.stack, "Cache", vpc: fixture.vpc,
      backup: BackupSettings(backupTime: .cron(minute: "0", hour: "12", weekDay: "MON")))
    expectSynthesisError(
      fixture.stack,
      "For now, only daily backup time is available (supports just hour and minute). Day, month, year, and weekDay are not allowed",
      at: "Default/Cache")
  }
}
