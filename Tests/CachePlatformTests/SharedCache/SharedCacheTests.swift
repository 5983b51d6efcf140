import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("Shared cache")
struct SharedCacheTests {
  @Test("A Valkey shared cache has a user group without a default user, and exports what services need")
  func valkeyExports() throws {
    let fixture = PlatformFixture()
    let template = try fixture.template(fixture.platform)
    try template.hasResourceProperties(
      "AWS::ElastiCache::UserGroup", ["Engine": "valkey", "UserGroupId": "payments-users", "UserIds": []])
    try template.resourceCountIs("AWS::ElastiCache::User", 0)
    try template.hasResourceProperties(
      "AWS::ElastiCache::ServerlessCache", ["Engine": "valkey", "UserGroupId": "payments-users"])
    for name in ["endpoint-address", "endpoint-port", "user-group-id", "security-group-id", "cache-name"] {
      try template.hasResourceProperties(
        "AWS::SSM::Parameter", ["Type": "String", "Name": .init(stringLiteral: "/cache-platform/payments/\(name)")])
    }
  }

  @Test("A Redis OSS shared cache closes the built-in default access with a default user that can do nothing")
  func redisDefaultUser() throws {
    let fixture = PlatformFixture(engine: .redisLatest)
    let template = try fixture.template(fixture.platform)
    try template.hasResourceProperties(
      "AWS::ElastiCache::User",
      ["UserName": "default", "UserId": "payments-default", "AccessString": "off -@all", "Engine": "redis"])
    try template.hasResourceProperties(
      "AWS::ElastiCache::UserGroup", ["Engine": "redis", "UserIds": ["payments-default"]])
  }

  @Test("Baseline alarms on ECPUs, data stored and connections, tunable and removable")
  func alarms() throws {
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "Platform")
    let vpc = EC2.VPC(stack, "Vpc")
    _ = SharedCache(stack, "Default", platformName: "one", vpc: vpc)
    _ = SharedCache(
      stack, "Tuned", platformName: "two", vpc: vpc,
      alarms: BaselineAlarms(
        processingUnits: .init(threshold: 42, evaluationPeriods: 1), dataStored: nil, connections: nil))
    _ = SharedCache(stack, "Silent", platformName: "three", vpc: vpc, alarms: .none)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::CloudWatch::Alarm", 4)
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      [
        "MetricName": "ElastiCacheProcessingUnits", "Threshold": 42, "EvaluationPeriods": 1,
        "Namespace": "AWS/ElastiCache",
      ])
    try template.hasResourceProperties("AWS::CloudWatch::Alarm", ["MetricName": "CurrConnections", "Threshold": 5000])
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm", ["MetricName": "BytesUsedForCache", "Statistic": "Maximum"])
  }

  @Test("Exports as CloudFormation exports too, under a prefix, and SSM parameters under another prefix")
  func cloudFormationExports() throws {
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "Platform")
    _ = SharedCache(
      stack, "Shared", platformName: "payments", vpc: EC2.VPC(stack, "Vpc"), parameterPrefix: "/platform/cache",
      exportNamePrefix: "payments-cache", alarms: .none)
    let template = try Template(stack)
    try template.hasOutput("*", ["Export": ["Name": "payments-cache-EndpointAddress"]])
    try template.hasOutput("*", ["Export": ["Name": "payments-cache-UserGroupId"]])
    try template.hasResourceProperties("AWS::SSM::Parameter", ["Name": "/platform/cache/endpoint-port"])
  }

  @Test("A platform name without letters or digits is an error")
  func invalidPlatformName() throws {
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "Platform")
    _ = SharedCache(stack, "Shared", platformName: "--", vpc: EC2.VPC(stack, "Vpc"))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.errors.contains { $0.code == "InvalidPlatformName" && $0.path == "Platform/Shared" })
  }
}
