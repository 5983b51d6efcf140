import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The `metric*` helpers of serverless caches: their defaults (reference §5) and how options take precedence.
@Suite("Serverless cache metrics")
struct ServerlessCacheMetricsTests {
  struct DefaultCase: Sendable, CustomTestStringConvertible {
    let method: String
    let metricName: String
    let statistic: String
    var testDescription: String { method }

    func metric(of cache: any ServerlessCacheProtocol, _ options: CloudWatch.MetricOptions = .init())
      -> CloudWatch.Metric?
    {
      switch method {
      case "metric": return cache.metric(metricName, options)
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

  static let defaults = [
    DefaultCase(method: "metric", metricName: "CustomMetric", statistic: "Average"),
    DefaultCase(method: "metricCacheHitCount", metricName: "CacheHits", statistic: "Sum"),
    DefaultCase(method: "metricCacheMissCount", metricName: "CacheMisses", statistic: "Sum"),
    DefaultCase(method: "metricCacheHitRate", metricName: "CacheHitRate", statistic: "Average"),
    DefaultCase(method: "metricDataStored", metricName: "BytesUsedForCache", statistic: "Maximum"),
    DefaultCase(
      method: "metricProcessingUnitsConsumed", metricName: "ElastiCacheProcessingUnits", statistic: "Average"),
    DefaultCase(method: "metricNetworkBytesIn", metricName: "NetworkBytesIn", statistic: "Sum"),
    DefaultCase(method: "metricNetworkBytesOut", metricName: "NetworkBytesOut", statistic: "Sum"),
    DefaultCase(method: "metricActiveConnections", metricName: "CurrConnections", statistic: "Maximum"),
    DefaultCase(
      method: "metricWriteRequestLatency", metricName: "SuccessfulWriteRequestLatency", statistic: "Average"),
    DefaultCase(method: "metricReadRequestLatency", metricName: "SuccessfulReadRequestLatency", statistic: "Average"),
  ]

  @Test("Each helper reads AWS/ElastiCache by cache name, over 5 minutes, with its statistic", arguments: defaults)
  func defaultSettings(_ row: DefaultCase) throws {
    let fixture = StackWithVPC()
    let cache = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, serverlessCacheName: "orders")
    let metric = try #require(row.metric(of: cache))
    #expect(metric.namespace == "AWS/ElastiCache")
    #expect(metric.metricName == row.metricName)
    #expect(metric.statistic == row.statistic)
    #expect(metric.period.toSeconds() == 300)
    #expect(metric.dimensions == ["ServerlessCacheName": "orders"])
    #expect(metric.label == nil && metric.unit == nil)
  }

  @Test("Options win over every default, including the helper's statistic", arguments: defaults)
  func optionsWin(_ row: DefaultCase) throws {
    let fixture = StackWithVPC()
    let cache = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc)
    let options = CloudWatch.MetricOptions(
      period: .minutes(1), statistic: "p99", label: "Orders", unit: .count,
      dimensions: ["ServerlessCacheName": "other-cache"])
    let metric = try #require(row.metric(of: cache, options))
    #expect(metric.metricName == row.metricName)
    #expect(metric.statistic == "p99")
    #expect(metric.period.toSeconds() == 60)
    #expect(metric.label == "Orders")
    #expect(metric.unit == .count)
    #expect(metric.dimensions == ["ServerlessCacheName": "other-cache"])
  }

  @Test("Options that are not set keep the helper's defaults")
  func unsetOptionsKeepDefaults() {
    let fixture = StackWithVPC()
    let cache = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc)
    let metric = cache.metricDataStored(.init(period: .hours(1)))
    #expect(metric.statistic == "Maximum")
    #expect(metric.period.toSeconds() == 3600)
    #expect(metric.dimensions == ["ServerlessCacheName": cache.serverlessCacheName])
  }

  @Test("The generated cache name is the dimension, resolved in an alarm; an imported cache uses its name")
  func dimensionsInAlarms() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let cache = ServerlessCache(stack, "Cache", vpc: fixture.vpc)
    let imported = ServerlessCache.fromServerlessCacheName(stack, "Imported", "legacy-cache")
    _ = cache.metricCacheHitRate().createAlarm(stack, "HitRate", threshold: 80, evaluationPeriods: 3)
    _ = imported.metricActiveConnections().createAlarm(stack, "Connections", threshold: 100, evaluationPeriods: 1)
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      [
        "MetricName": "CacheHitRate", "Statistic": "Average", "Period": 300,
        "Dimensions": [["Name": "ServerlessCacheName", "Value": "Cache"]],
      ])
    try template.hasResourceProperties(
      "AWS::CloudWatch::Alarm",
      [
        "MetricName": "CurrConnections", "Statistic": "Maximum", "Period": 300,
        "Dimensions": [["Name": "ServerlessCacheName", "Value": "legacy-cache"]],
      ])
  }
}
