import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The port of upstream `serverless-cache-base.test.ts` (aws/aws-cdk `4b2ef444`, reference §7.2): 14 cases.
@Suite("serverless cache base")
struct ServerlessCacheBaseTests {
  /// The upstream fixture: a stack, a VPC and `new ServerlessCache(stack, 'Cache', { vpc })`.
  struct CacheFixture {
    let stack: Stack
    let cache: ServerlessCache

    init() {
      let fixture = StackWithVPC()
      stack = fixture.stack
      cache = ServerlessCache(stack, "Cache", vpc: fixture.vpc)
    }

    /// The upstream alarm: one evaluation period, threshold 1, less than the threshold.
    func addAlarm(on metric: CloudWatch.Metric) {
      _ = CloudWatch.Alarm(
        stack, "Alarm", metric: metric, threshold: 1, evaluationPeriods: 1, comparisonOperator: .lessThanThreshold)
    }

    /// The upstream expectation on the alarm.
    func expectAlarm(metricName: String) throws {
      let resolvedName = try #require(stack.resolve(cache.serverlessCacheName))
      #expect(resolvedName == "Cache")
      try Template(stack).hasResourceProperties(
        "AWS::CloudWatch::Alarm",
        [
          "Namespace": "AWS/ElastiCache",
          "MetricName": Match(stringLiteral: metricName),
          "Dimensions": [["Name": "ServerlessCacheName", "Value": Match.exact(resolvedName)]],
          "ComparisonOperator": "LessThanThreshold",
          "EvaluationPeriods": 1,
          "Threshold": 1,
        ])
    }
  }

  @Suite("metrics")
  struct Metrics {
    @Test("creating an alarm based on metric")
    func alarmOnMetric() throws {
      let fixture = CacheFixture()
      fixture.addAlarm(on: fixture.cache.metric("Metric", .init()))
      try fixture.expectAlarm(metricName: "Metric")
    }

    /// A row of the upstream table: a named metric method and the CloudWatch metric it reads.
    struct MetricCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      let methodName: String
      let metricName: String

      /// Calls the method named `methodName` with empty options, as upstream's `cache[methodName]({})`.
      func metric(of cache: any ServerlessCacheProtocol) -> CloudWatch.Metric? {
        let options = CloudWatch.MetricOptions()
        switch methodName {
        case "metricCacheHitCount": return cache.metricCacheHitCount(options)
        case "metricCacheMissCount": return cache.metricCacheMissCount(options)
        case "metricCacheHitRate": return cache.metricCacheHitRate(options)
        case "metricDataStored": return cache.metricDataStored(options)
        case "metricProcessingUnitsConsumed": return cache.metricProcessingUnitsConsumed(options)
        case "metricNetworkBytesIn": return cache.metricNetworkBytesIn(options)
        case "metricNetworkBytesOut": return cache.metricNetworkBytesOut(options)
        case "metricActiveConnections": return cache.metricActiveConnections(options)
        case "metricWriteRequestLatency": return cache.metricWriteRequestLatency(options)
        case "metricReadRequestLatency": return cache.metricReadRequestLatency(options)
        default: return nil
        }
      }
    }

    static let metricCases = [
      MetricCase(
        testDescription: "creating an alarm based on cache hit metric", methodName: "metricCacheHitCount",
        metricName: "CacheHits"),
      MetricCase(
        testDescription: "creating an alarm based on cache miss count metric", methodName: "metricCacheMissCount",
        metricName: "CacheMisses"),
      MetricCase(
        testDescription: "creating an alarm based on cache hit rate metric", methodName: "metricCacheHitRate",
        metricName: "CacheHitRate"),
      MetricCase(
        testDescription: "creating an alarm based on cache data stored metric", methodName: "metricDataStored",
        metricName: "BytesUsedForCache"),
      MetricCase(
        testDescription: "creating an alarm based on cache ECPUs consumed metric",
        methodName: "metricProcessingUnitsConsumed", metricName: "ElastiCacheProcessingUnits"),
      MetricCase(
        testDescription: "creating an alarm based on cache newtork bytes in metric", methodName: "metricNetworkBytesIn",
        metricName: "NetworkBytesIn"),
      MetricCase(
        testDescription: "creating an alarm based on cache network bytes out metric",
        methodName: "metricNetworkBytesOut", metricName: "NetworkBytesOut"),
      MetricCase(
        testDescription: "creating an alarm based on cache active connections metric",
        methodName: "metricActiveConnections", metricName: "CurrConnections"),
      MetricCase(
        testDescription: "creating an alarm based on cache write request latency metric",
        methodName: "metricWriteRequestLatency", metricName: "SuccessfulWriteRequestLatency"),
      MetricCase(
        testDescription: "creating an alarm based on cache read request latency metric",
        methodName: "metricReadRequestLatency", metricName: "SuccessfulReadRequestLatency"),
    ]

    @Test("creating an alarm based on each named metric", arguments: metricCases)
    func alarmOnNamedMetric(_ row: MetricCase) throws {
      let fixture = CacheFixture()
      let metric = try #require(row.metric(of: fixture.cache), "No metric method \(row.methodName)")
      fixture.addAlarm(on: metric)
      try fixture.expectAlarm(metricName: row.metricName)
    }
  }

  @Suite("IAM permissions")
  struct IAMPermissions {
    /// The upstream fixture: the cache and `new Role(stack, 'TestRole', { assumedBy: ec2.amazonaws.com })`.
    struct RoleFixture {
      let stack: Stack
      let cache: ServerlessCache
      let role: IAM.Role

      init() {
        let fixture = CacheFixture()
        stack = fixture.stack
        cache = fixture.cache
        role = IAM.Role(stack, "TestRole", assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com"))
      }
    }

    @Test("grantConnect adds correct  permissions")
    func grantConnect() throws {
      let fixture = RoleFixture()
      fixture.cache.grantConnect(fixture.role)
      try Template(fixture.stack).hasResourceProperties(
        "AWS::IAM::Policy",
        [
          "PolicyDocument": [
            "Statement": Match.arrayWith([
              [
                "Effect": "Allow",
                "Action": ["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
                "Resource": ["Fn::GetAtt": ["Cache18F6EE16", "ARN"]],
              ]
            ])
          ]
        ])
    }

    @Test("grant adds custom IAM permissions")
    func grant() throws {
      let fixture = RoleFixture()
      fixture.cache.grant(fixture.role, "elasticache:Connect")
      try Template(fixture.stack).hasResourceProperties(
        "AWS::IAM::Policy",
        [
          "PolicyDocument": [
            "Statement": Match.arrayWith([
              [
                "Effect": "Allow",
                "Action": "elasticache:Connect",
                "Resource": ["Fn::GetAtt": ["Cache18F6EE16", "ARN"]],
              ]
            ])
          ]
        ])
    }

    @Test("grant adds custom IAM permissions to L1")
    func grantOnL1() throws {
      let fixture = RoleFixture()
      let cfnCache = CfnServerlessCache(fixture.stack, "CfnCache", engine: "redis", serverlessCacheName: "MyCache")
      ServerlessCacheGrants.fromServerlessCache(cfnCache).actions(fixture.role, ["elasticache:Connect"])
      try Template(fixture.stack).hasResourceProperties(
        "AWS::IAM::Policy",
        [
          "PolicyDocument": [
            "Statement": Match.arrayWith([
              [
                "Effect": "Allow",
                "Action": "elasticache:Connect",
                "Resource": ["Fn::GetAtt": ["CfnCache", "ARN"]],
              ]
            ])
          ]
        ])
    }
  }
}
