import ElastiCacheCDK
import ElastiCacheTesting
import Foundation
import Testing

/// Every upstream validation of serverless caches and their imports (reference §2.1–2.2), each with its
/// exact message and the path of the construct it is recorded on; how errors are reported together; and
/// the errors that come from the supporting modules.
@Suite("Serverless cache validations")
struct ServerlessCacheValidationTests {
  /// A validation: the reference's number, the message, where it is recorded, and a program that breaks it.
  struct ValidationCase: Sendable, CustomTestStringConvertible {
    let number: String
    let message: String
    let path: String
    let build: @Sendable (StackWithVPC) -> Void
    var testDescription: String { "\(number): \(message)" }
  }

  static let cases: [ValidationCase] = [
    ValidationCase(
      number: "V1", message: "Description must not exceed 255 characters, currently has 300", path: "Default/Cache"
    ) {
      _ = ServerlessCache($0.stack, "Cache", vpc: $0.vpc, description: StringValue(String(repeating: "x", count: 300)))
    },
    ValidationCase(number: "V2", message: "Description must not contain < or > characters", path: "Default/Cache") {
      _ = ServerlessCache($0.stack, "Cache", vpc: $0.vpc, description: "a <b> cache")
    },
    ValidationCase(
      number: "V3", message: "Data storage minimum must be between 1 and 5000 GB.", path: "Default/Cache"
    ) {
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc, cacheUsageLimits: CacheUsageLimits(dataStorageMinimumSize: .tebibytes(5)))
    },
    ValidationCase(
      number: "V4", message: "Data storage maximum must be between 1 and 5000 GB.", path: "Default/Cache"
    ) {
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc, cacheUsageLimits: CacheUsageLimits(dataStorageMaximumSize: .mebibytes(0)))
    },
    ValidationCase(
      number: "V5", message: "Data storage minimum cannot be greater than maximum", path: "Default/Cache"
    ) {
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc,
        cacheUsageLimits: CacheUsageLimits(
          dataStorageMinimumSize: .gibibytes(10), dataStorageMaximumSize: .gibibytes(5)))
    },
    ValidationCase(
      number: "V6", message: "Request rate minimum must be between 1,000 and 15,000,000 ECPUs per second",
      path: "Default/Cache"
    ) {
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc, cacheUsageLimits: CacheUsageLimits(requestRateLimitMinimum: 0))
    },
    ValidationCase(
      number: "V7", message: "Request rate maximum must be between 1,000 and 15,000,000 ECPUs per second",
      path: "Default/Cache"
    ) {
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc, cacheUsageLimits: CacheUsageLimits(requestRateLimitMaximum: 20_000_000))
    },
    ValidationCase(
      number: "V8", message: "Request rate minimum cannot be greater than maximum", path: "Default/Cache"
    ) {
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc,
        cacheUsageLimits: CacheUsageLimits(requestRateLimitMinimum: 5_000, requestRateLimitMaximum: 4_000))
    },
    ValidationCase(
      number: "V9", message: "Backup retention limit must be between 1 and 35 days", path: "Default/Cache"
    ) { _ = ServerlessCache($0.stack, "Cache", vpc: $0.vpc, backup: BackupSettings(backupRetentionLimit: -1)) },
    ValidationCase(number: "V10", message: "Final backup name must begin with a letter", path: "Default/Cache") {
      _ = ServerlessCache($0.stack, "Cache", vpc: $0.vpc, backup: BackupSettings(backupNameBeforeDeletion: ""))
    },
    ValidationCase(
      number: "V11", message: "Final backup name must contain only ASCII letters, digits, and hyphens",
      path: "Default/Cache"
    ) {
      _ = ServerlessCache($0.stack, "Cache", vpc: $0.vpc, backup: BackupSettings(backupNameBeforeDeletion: "final_1"))
    },
    ValidationCase(number: "V12", message: "Final backup name must not end with a hyphen", path: "Default/Cache") {
      _ = ServerlessCache($0.stack, "Cache", vpc: $0.vpc, backup: BackupSettings(backupNameBeforeDeletion: "final-"))
    },
    ValidationCase(
      number: "V13", message: "Final backup name must not contain two consecutive hyphens", path: "Default/Cache"
    ) {
      _ = ServerlessCache($0.stack, "Cache", vpc: $0.vpc, backup: BackupSettings(backupNameBeforeDeletion: "fi--nal"))
    },
    ValidationCase(
      number: "V14",
      message: "User groups cannot be used with Memcached engines. Only Redis and Valkey engines support user groups.",
      path: "Default/Cache"
    ) {
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc, engine: .of("memcached", majorVersion: "1.6"),
        userGroup: UserGroup($0.stack, "UserGroup"))
    },
    ValidationCase(number: "V15", message: "Redis cache can only use Redis user groups.", path: "Default/Cache") {
      // An imported group without an engine is not a Redis group either.
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc, engine: .redisLatest,
        userGroup: UserGroup.fromUserGroupName($0.stack, "Group", "my-group"))
    },
    ValidationCase(
      number: "V16",
      message:
        "For now, only daily backup time is available (supports just hour and minute). Day, month, year, and weekDay are not allowed",
      path: "Default/Cache"
    ) {
      _ = ServerlessCache(
        $0.stack, "Cache", vpc: $0.vpc, backup: BackupSettings(backupTime: .rate(.hours(12))))
    },
    ValidationCase(
      number: "V21", message: "Only one of serverlessCacheArn or serverlessCacheName can be provided.",
      path: "Default/Imported"
    ) {
      _ = ServerlessCache.fromServerlessCacheAttributes(
        $0.stack, "Imported", serverlessCacheName: "a",
        serverlessCacheArn: "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:a")
    },
    ValidationCase(
      number: "V22", message: "Unable to extract serverless cache name from ARN.", path: "Default/Imported"
    ) {
      _ = ServerlessCache.fromServerlessCacheArn(
        $0.stack, "Imported", "arn:aws:elasticache:us-east-1:123456789012:serverlesscache/")
    },
    ValidationCase(
      number: "V23", message: "One of serverlessCacheName or serverlessCacheArn is required.", path: "Default/Imported"
    ) { _ = ServerlessCache.fromServerlessCacheAttributes($0.stack, "Imported", engine: .valkeyLatest) },
    ValidationCase(number: "V23b", message: "Unsupported cache engine: futureengine_2", path: "Default/Imported") {
      _ = ServerlessCache.fromServerlessCacheAttributes(
        $0.stack, "Imported", engine: .of("futureengine", majorVersion: "2"), serverlessCacheName: "my-cache")
    },
  ]

  @Test("Each upstream validation reports its message on the construct's path", arguments: cases)
  func validation(_ row: ValidationCase) throws {
    let fixture = StackWithVPC()
    row.build(fixture)
    let error = try #require(expectSynthesisError(fixture.stack, row.message, at: row.path))
    #expect(error.errors.count == 1, "Expected only this error, got:\n\(error)")
  }

  @Test("V18: a subnet selection the VPC cannot satisfy reports the EC2 module's error on the cache")
  func subnetSelection() throws {
    let stack = Stack()
    let vpc = EC2.VPC(stack, "VPC", subnetConfiguration: [EC2.SubnetConfiguration(name: "Public", subnetType: .public)])
    _ = ServerlessCache(stack, "Cache", vpc: vpc)
    let error = try #require(
      expectSynthesisError(
        stack, "There are no 'Private' subnet groups in this VPC. Available types: Public", at: "Default/Cache"))
    #expect(error.errors.map(\.code) == ["NoSubnetsOfType"])
  }

  @Test("All problems of an app are reported together, each on its construct")
  func allErrorsTogether() throws {
    let fixture = StackWithVPC()
    _ = ServerlessCache(
      fixture.stack, "Cache", vpc: fixture.vpc,
      description: "<cache>",
      cacheUsageLimits: CacheUsageLimits(dataStorageMaximumSize: .gibibytes(6000), requestRateLimitMinimum: 10),
      backup: BackupSettings(backupRetentionLimit: 40, backupNameBeforeDeletion: "9lives"))
    _ = IAMUser(
      fixture.stack, "User", userId: "app-user", userName: "other", accessControl: .fromAccessString("on ~* +@all"))
    let error = try #require(#expect(throws: SynthesisError.self) { _ = try Template(fixture.stack) })
    let cacheErrors = error.errors.filter { $0.path == "Default/Cache" }.map(\.message)
    #expect(
      cacheErrors.sorted() == [
        "Backup retention limit must be between 1 and 35 days",
        "Data storage maximum must be between 1 and 5000 GB.",
        "Description must not contain < or > characters",
        "Final backup name must begin with a letter",
        "Request rate minimum must be between 1,000 and 15,000,000 ECPUs per second",
      ])
    #expect(error.contains(message: "For IAM authentication, userName must be equal to userId.", path: "Default/User"))
    #expect(error.errors.count == 6)
    #expect(error.description.hasPrefix("Validation failed with 6 errors:"))
  }

  @Test("Nothing is written when synthesis fails")
  func nothingWrittenOnFailure() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("elasticache-tests-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let outdir = directory.appendingPathComponent("cdk.out").path
    let app = App(outdir: outdir)
    let stack = Stack(app, "Broken")
    _ = ServerlessCache(stack, "Cache", vpc: EC2.VPC(stack, "VPC"), description: "<broken>")
    #expect(throws: SynthesisError.self) { _ = try app.synth() }
    #expect(!FileManager.default.fileExists(atPath: outdir))
    #expect(!FileManager.default.fileExists(atPath: directory.path))
  }

  @Test("An invalid backup schedule reports the Events module's error on the cache, and nothing more")
  func invalidSchedule() throws {
    let fixture = StackWithVPC()
    _ = ServerlessCache(
      fixture.stack, "Cache", vpc: fixture.vpc,
      backup: BackupSettings(backupTime: .cron(minute: "0", hour: "4", day: "1", weekDay: "MON")))
    let error = try #require(
      expectSynthesisError(
        fixture.stack, "Cannot supply both 'day' and 'weekDay', use at most one", at: "Default/Cache"))
    #expect(error.errors.map(\.code) == ["CannotSupplyBothDayAndWeekDay"])
  }

  @Test("A size that is not a whole number of gibibytes reports the core's conversion error")
  func fractionalGibibytes() {
    let fixture = StackWithVPC()
    _ = ServerlessCache(
      fixture.stack, "Cache", vpc: fixture.vpc,
      cacheUsageLimits: CacheUsageLimits(dataStorageMinimumSize: .mebibytes(1500)))
    expectSynthesisError(
      fixture.stack, "'1500 mebibytes' cannot be converted into a whole number of gibibytes.", at: "Default/Cache")
  }

  @Test("Token-valued names, descriptions and ids are not validated and render as references")
  func tokensAreNotValidated() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let description = CfnParameter(stack, "Description")
    let cacheName = CfnParameter(stack, "CacheName")
    let snapshotName = CfnParameter(stack, "SnapshotName")
    let userID = CfnParameter(stack, "UserId")
    let groupName = CfnParameter(stack, "GroupName")
    let user = IAMUser(stack, "User", userId: userID.valueAsString, accessControl: .fromAccessString("on ~* +@all"))
    let userGroup = UserGroup(stack, "UserGroup", userGroupName: groupName.valueAsString, users: [user])
    _ = ServerlessCache(
      stack, "Cache", vpc: fixture.vpc, serverlessCacheName: cacheName.valueAsString,
      description: description.valueAsString,
      backup: BackupSettings(backupNameBeforeDeletion: snapshotName.valueAsString), userGroup: userGroup)
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::ElastiCache::ServerlessCache",
      [
        "Description": ["Ref": "Description"],
        "ServerlessCacheName": ["Ref": "CacheName"],
        "FinalSnapshotName": ["Ref": "SnapshotName"],
        "UserGroupId": ["Ref": "GroupName"],
      ])
    try template.hasResourceProperties(
      "AWS::ElastiCache::User", ["UserId": ["Ref": "UserId"], "UserName": ["Ref": "UserId"]])
    try template.hasResourceProperties(
      "AWS::ElastiCache::UserGroup", ["UserGroupId": ["Ref": "GroupName"], "UserIds": [["Ref": "UserId"]]])
  }
}
