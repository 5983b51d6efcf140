import Constructs

/// The checks replication groups and cache clusters share: what ElastiCache's `CreateReplicationGroup`
/// and `CreateCacheCluster` reject, found before deployment. Each returns the problems it finds; values
/// that are tokens are not checked.
enum NodeBasedCacheChecks {
  /// Node types: well formed, still offered, and running an engine version that supports them.
  static func nodeType(_ nodeType: CacheNodeType, engine: EngineChoice) -> [Problem] {
    guard let family = nodeType.family else {
      return [
        Problem(
          .invalidCacheNodeType, "The node type '\(nodeType)' is not of the form cache.<family>.<size>.",
          fix: "Choose a node type such as .t4gMicro, .r7gLarge or CacheNodeType(\"cache.m7g.xlarge\").")
      ]
    }
    if CacheNodeType.retiredFamilies.contains(family) {
      return [
        Problem(
          .unsupportedCacheNodeType,
          "ElastiCache no longer creates \(family.uppercased()) nodes such as '\(nodeType)'.",
          fix: "Choose a current node type, such as .t4gMicro or .t3Micro.")
      ]
    }
    var problems: [Problem] = []
    if CacheNodeType.previousGenerationFamilies.contains(family) {
      problems.append(
        Problem(
          .previousGenerationCacheNodeType, "The node type '\(nodeType)' is of a previous generation.",
          fix: "Choose a current node type, which gives more memory and compute for less, such as .m7gLarge."))
    }
    if nodeType.isGraviton, engine.precedes(["redis": "5.0.6", "memcached": "1.5.16"]) {
      problems.append(
        Problem(
          .nodeTypeNeedsNewerEngine,
          "The AWS Graviton node type '\(nodeType)' needs Redis OSS 5.0.6 or Memcached 1.5.16 and later; the cache runs \(engine.versionDescription).",
          fix: "Choose a newer engine version, or a node type such as .m5Large."))
    }
    return problems
  }

  /// The snapshot window (daily), the maintenance window (weekly) and the retention limit.
  static func windows(snapshotWindow: String?, maintenanceWindow: String?, retentionLimit: Int?) -> [Problem] {
    var problems: [Problem] = []
    if let retentionLimit, !(0...35).contains(retentionLimit) {
      problems.append(
        Problem(
          .invalidSnapshotRetentionLimit,
          "The snapshot retention limit is \(retentionLimit) days; ElastiCache keeps snapshots 0 to 35 days.",
          fix: "Give a limit from 1 to 35 days, or 0 to turn automatic snapshots off."))
    }
    let daily = snapshotWindow.flatMap {
      window(
        $0, TimeRange.daily, name: "snapshot window", period: "daily", format: "hh24:mi-hh24:mi",
        example: "03:00-04:00", code: .invalidSnapshotWindow, into: &problems)
    }
    if snapshotWindow != nil, (retentionLimit ?? 0) == 0 {
      problems.append(
        Problem(
          .snapshotWindowWithoutRetention,
          "A snapshot window is given, but automatic snapshots are off (the snapshot retention limit is 0).",
          fix: "Give snapshotRetentionLimit: from 1 to 35 days to take daily snapshots in the window."))
    }
    let weekly = maintenanceWindow.flatMap {
      window(
        $0, TimeRange.weekly, name: "maintenance window", period: "weekly",
        format: "ddd:hh24:mi-ddd:hh24:mi with days sun to sat", example: "sun:05:00-sun:06:00",
        code: .invalidMaintenanceWindow, into: &problems)
    }
    if let daily, let weekly, let snapshotWindow, let maintenanceWindow, weekly.overlaps(daily) {
      problems.append(
        Problem(
          .overlappingWindows,
          "The snapshot window '\(snapshotWindow)' overlaps the maintenance window '\(maintenanceWindow)'.",
          fix: "Move one of the windows so that snapshots and maintenance happen at different times."))
    }
    return problems
  }

  /// The range of a window of at least an hour, recording what is wrong with it otherwise.
  private static func window(
    _ text: String, _ parse: (String) -> TimeRange?, name: String, period: String, format: String, example: String,
    code: ProblemCode, into problems: inout [Problem]
  ) -> TimeRange? {
    guard let range = parse(text) else {
      problems.append(
        Problem(
          code, "The \(name) '\(text)' is not a \(period) time range in UTC.",
          fix: "Give the window as \(format), such as \(example)."))
      return nil
    }
    guard range.duration >= 60 else {
      problems.append(
        Problem(
          code, "The \(name) '\(text)' lasts \(range.duration) minutes; ElastiCache needs at least 60.",
          fix: "Widen the window to an hour or more, such as \(example)."))
      return nil
    }
    return range
  }

  /// Log deliveries: one of each log type, on an engine version that writes the log.
  static func logDelivery(_ deliveries: [LogDelivery], engine: EngineChoice) -> [Problem] {
    var problems: [Problem] = []
    for logType in LogDelivery.LogType.allCases where deliveries.filter({ $0.logType == logType }).count > 1 {
      problems.append(
        Problem(
          .duplicateLogDelivery,
          "The \(logType.rawValue) is delivered more than once; ElastiCache delivers each log once.",
          fix: "Keep one delivery of the \(logType.rawValue)."))
    }
    if engine.engine.isMemcached, !deliveries.isEmpty {
      problems.append(
        Problem(
          .logDeliveryNotSupported, "Memcached does not deliver logs.", fix: "Remove the log deliveries."))
      return problems
    }
    let minimums: [(LogDelivery.LogType, String)] = [(.slowLog, "6.0"), (.engineLog, "6.2")]
    for (logType, minimum) in minimums
    where deliveries.contains(where: { $0.logType == logType }) && engine.precedes(["redis": minimum]) {
      problems.append(
        Problem(
          .logDeliveryNotSupported,
          "The \(logType.rawValue) is delivered by Redis OSS \(minimum) and later; the cache runs \(engine.versionDescription).",
          fix: "Choose Redis OSS \(minimum) or later, or remove the delivery of the \(logType.rawValue)."))
    }
    return problems
  }

  /// IPv6 and dual stack: engine versions and node types that support them, and the discovery protocol.
  static func network(
    _ networkType: NetworkType?, ipDiscovery: IPDiscovery?, engine: EngineChoice, nodeType: CacheNodeType
  ) -> [Problem] {
    var problems: [Problem] = []
    if let networkType, networkType != .ipv4 {
      if engine.precedes(["redis": "6.2", "memcached": "1.6.6"]) {
        problems.append(
          Problem(
            .networkTypeNotSupported,
            "The network type \(networkType.rawValue) needs Valkey, Redis OSS 6.2 or Memcached 1.6.6 and later; the cache runs \(engine.versionDescription).",
            fix: "Choose a newer engine version, or the network type .ipv4."))
      }
      if let family = nodeType.family, ["m4", "r4", "m3", "r3", "m1", "m2", "c1"].contains(family) {
        problems.append(
          Problem(
            .networkTypeNotSupported,
            "The network type \(networkType.rawValue) needs nodes built on the Nitro system; '\(nodeType)' is not.",
            fix: "Choose a current node type, such as .m7gLarge."))
      }
    }
    if let ipDiscovery, (ipDiscovery == .ipv6) != ((networkType ?? .ipv4) == .ipv6),
      networkType != .dualStack
    {
      problems.append(
        Problem(
          .ipDiscoveryMismatch,
          "IP discovery \(ipDiscovery.rawValue) is not available on the network type \((networkType ?? .ipv4).rawValue).",
          fix:
            "Use IP discovery \(ipDiscovery == .ipv6 ? "ipv6 with the network type .ipv6 or .dualStack" : "ipv6 on the network type .ipv6")."
        ))
    }
    return problems
  }

  /// A port clients can connect to.
  static func port(_ port: Int) -> [Problem] {
    guard !(1...65535).contains(port) else { return [] }
    return [
      Problem(.invalidPort, "The port \(port) is not a TCP port.", fix: "Give a port from 1 to 65535, such as 6379.")
    ]
  }

  /// An SNS topic ARN.
  static func notificationTopic(_ arn: StringValue?) -> [Problem] {
    guard let text = arn?.literal else { return [] }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count != 6 || parts[0] != "arn" || parts[2] != "sns" || parts[5].isEmpty else { return [] }
    return [
      Problem(
        .invalidNotificationTopicArn, "The notification topic '\(text)' is not an SNS topic ARN.",
        fix: "Give the ARN of an SNS topic, such as arn:aws:sns:us-east-1:123456789012:cache-events.")
    ]
  }

  /// A parameter group whose family matches the engine version, and whose `cluster-enabled` setting matches
  /// the cluster mode (`nil` for caches without one).
  static func parameterGroup(
    _ group: (any ParameterGroupProtocol)?, engine: EngineChoice, clusterModeEnabled: Bool?
  ) -> [Problem] {
    guard let group else { return [] }
    var problems: [Problem] = []
    if let family = group.family, let expected = engine.family, family != expected {
      problems.append(
        Problem(
          .parameterGroupFamilyMismatch,
          "The parameter group's family \(family) does not match \(engine.versionDescription), whose family is \(expected).",
          fix: "Use a parameter group of the family \(expected), or the engine version its family configures."))
    }
    if let clusterModeEnabled, let groupEnabled = group.clusterEnabled, groupEnabled != clusterModeEnabled {
      problems.append(
        Problem(
          .parameterGroupClusterModeMismatch,
          clusterModeEnabled
            ? "The replication group has cluster mode enabled, but its parameter group does not set cluster-enabled to yes."
            : "The replication group has cluster mode disabled, but its parameter group sets cluster-enabled to yes.",
          fix: clusterModeEnabled
            ? "Add the parameter cluster-enabled: yes to the group, or give the replication group one shard."
            : "Remove cluster-enabled from the group (or set it to no), or give the replication group two shards or more."
        ))
    }
    return problems
  }

  /// A snapshot to restore from: a name or S3 objects, not both.
  static func snapshotSources(name: StringValue?, arns: [StringValue]?) -> [Problem] {
    guard name != nil, !(arns ?? []).isEmpty else { return [] }
    return [
      Problem(
        .conflictingSnapshotSources, "Both a snapshot name and snapshot ARNs to restore are given.",
        fix: "Restore either the ElastiCache snapshot (snapshotName:) or the RDB files in S3 (snapshotArns:).")
    ]
  }

  /// A description that is not empty.
  static func description(_ description: StringValue?, of kind: String) -> [Problem] {
    guard description?.literal?.allSatisfy(\.isWhitespace) == true else { return [] }
    return [Problem(.invalidDescription, "The \(kind)'s description is empty.", fix: "Describe the \(kind).")]
  }

  /// An identifier of at most `maxLength` characters.
  static func identifier(_ id: StringValue?, of kind: String, maxLength: Int, code: ProblemCode) -> [Problem] {
    guard let text = id?.literal else { return [] }
    let violations = Identifier.violations(of: text, maxLength: maxLength)
    guard !violations.isEmpty else { return [] }
    return [
      Problem(
        code, "The \(kind) id '\(text)' \(Identifier.sentence(violations)).",
        fix: "Choose an id of letters, digits and single hyphens that begins with a letter, such as 'orders-cache'.")
    ]
  }
}
