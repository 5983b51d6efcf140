/// EC16: every cache has alarms on memory, evictions, CPU and connections.
struct AlarmsRule: CacheRule {
  let description = RuleDescription(
    code: .missingAlarms,
    title: "Alarms on the cache",
    resources: [
      "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ServerlessCache",
      "AWS::CloudWatch::Alarm",
    ],
    checks: """
      For each cache, the templates of the set hold `AWS::CloudWatch::Alarm`s on `AWS/ElastiCache` metrics of the \
      cache (a dimension whose value is the cache, a reference to it, or one of its nodes `<id>-001`) for \
      memory (`DatabaseMemoryUsagePercentage`, `BytesUsedForCache`...), evictions (`Evictions`), CPU \
      (`EngineCPUUtilization`, `CPUUtilization`, `ElastiCacheProcessingUnits`) and connections \
      (`CurrConnections`, `NewConnections`), directly or in `Metrics`.
      """,
    rationale: """
      Cache problems show up as latency spikes and eviction storms before they become outages. Seed 004 (§6.13, \
      §7 "Monitoring/logging/governance considerations": "Build alarms on evictions, memory usage, CPU, \
      connections", §11 "Operations best practices"); \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html.
      """,
    fix: """
      Create the alarms (`cache.metricDatabaseMemoryUsagePercentage().createAlarm(...)`, `metricEvictions()`, \
      `metricEngineCPUUtilization()`, `metricCurrConnections()` in Swift).
      """,
    peers: ["none: no public rule set checks alarms"],
    options: ["requiredAlarms: the kinds needed, of memory, evictions, cpu, connections (default all four)"])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    let watched = inventory.resources(ofType: "AWS::CloudWatch::Alarm").flatMap { alarm in
      metrics(of: inventory.properties(of: alarm))
    }
    return inventory.caches.compactMap { cache in
      guard !cache.isReplicationGroupMember else { return nil }
      let names = Set(watched.filter { watches($0.dimensions, cache) }.map(\.metric))
      let missing = options.requiredAlarms.filter { names.isDisjoint(with: $0.metrics) }
      guard !missing.isEmpty else { return nil }
      return Violation(
        cache.record,
        "\(cache.kindName.capitalizedFirst) \(cache.displayName) has no alarm on "
          + missing.map(\.rawValue).joined(separator: ", ") + ".")
    }
  }

  /// The `AWS/ElastiCache` metrics an alarm watches, each with its dimension values.
  private func metrics(of alarm: Resolved) -> [(metric: String, dimensions: [Resolved])] {
    var found: [(metric: String, dimensions: [Resolved])] = []
    func add(_ metric: Resolved) {
      guard metric["Namespace"].literalText == "AWS/ElastiCache", let name = metric["MetricName"].literalText else {
        return
      }
      found.append((name, Inventory.union(metric["Dimensions"]).map { $0["Value"] }))
    }
    add(alarm)
    for query in Inventory.union(alarm["Metrics"]) { add(query["MetricStat"]["Metric"]) }
    return found
  }

  /// Whether a metric with these dimension values is about the cache or one of its nodes.
  private func watches(_ dimensions: [Resolved], _ cache: CacheResource) -> Bool {
    dimensions.contains { dimension in
      dimension.possibilities.contains { possibility in
        guard let parts = possibility.value.textParts, let first = parts.first else { return false }
        if case .opaque(let opaque) = first, Resolved.opaque(opaque).referencedResource == cache.record.key {
          return true
        }
        guard let name = cache.name?.lowercased(), let text = possibility.value.literalText?.lowercased() else {
          return false
        }
        return text == name || text.hasPrefix(name + "-")
      }
    }
  }
}
