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
    var index = WatchedMetrics()
    for alarm in inventory.resources(ofType: "AWS::CloudWatch::Alarm") {
      for metric in metrics(of: inventory.properties(of: alarm)) {
        index.add(metric.name, dimensions: metric.dimensions)
      }
    }
    return inventory.caches.compactMap { cache in
      guard !cache.isReplicationGroupMember else { return nil }
      let names = index.metrics(of: cache)
      let missing = options.requiredAlarms.filter { names.isDisjoint(with: $0.metrics) }
      guard !missing.isEmpty else { return nil }
      return Violation(
        cache.record,
        "\(cache.kindName.capitalizedFirst) \(cache.displayName) has no alarm on "
          + missing.map(\.rawValue).joined(separator: ", ") + ".")
    }
  }

  /// The `AWS/ElastiCache` metrics an alarm watches, each with its dimension values.
  private func metrics(of alarm: Resolved) -> [(name: String, dimensions: [Resolved])] {
    var found: [(name: String, dimensions: [Resolved])] = []
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
}

/// The metrics alarms watch, by the cache their dimensions name: a reference to the cache (alone or starting a
/// node id such as `${Cache}-001`), or its name or a node id starting with it (`orders-cache-002`).
private struct WatchedMetrics {
  private var byResource: [ResourceKey: Set<String>] = [:]
  private var byName: [String: Set<String>] = [:]

  mutating func add(_ metric: String, dimensions: [Resolved]) {
    for dimension in dimensions {
      for possibility in dimension.possibilities {
        guard let first = possibility.value.textParts?.first else { continue }
        if case .opaque(let opaque) = first, let key = Resolved.opaque(opaque).referencedResource {
          byResource[key, default: []].insert(metric)
        }
        guard let text = possibility.value.literalText?.lowercased() else { continue }
        // The name itself, and each prefix before a hyphen: a node id names its cache that way.
        var prefix = ""
        for (offset, part) in text.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
          prefix += (offset == 0 ? "" : "-") + part
          byName[prefix, default: []].insert(metric)
        }
      }
    }
  }

  /// The metrics watched on a cache.
  func metrics(of cache: CacheResource) -> Set<String> {
    let named = cache.name.map { byName[$0.lowercased()] ?? [] } ?? []
    return (byResource[cache.record.key] ?? []).union(named)
  }
}
