import Constructs

/// What ElastiCache's `CreateCacheCluster` rejects, found before deployment, beyond the checks node-based
/// caches share.
enum CacheClusterChecks {
  /// Node counts, placement across zones and snapshots, which depend on the engine.
  static func engineFeatures(
    _ configuration: CacheCluster.Configuration, common: CommonSettings, engine: CacheEngine
  ) -> [Problem] {
    var problems: [Problem] = []
    let nodes = configuration.numCacheNodes
    if engine.isMemcached, !(1...40).contains(nodes) {
      problems.append(
        Problem(
          .invalidNodeCount, "The Memcached cluster has \(nodes) nodes; ElastiCache allows 1 to 40.",
          fix: "Give 1 to 40 nodes, or spread the data over several clusters."))
    } else if !engine.isMemcached, nodes != 1 {
      problems.append(
        Problem(
          .invalidNodeCount,
          "The \(engine.displayName) cache cluster has \(nodes) nodes; a \(engine.displayName) cache cluster has exactly one.",
          fix: "Use a ReplicationGroup for replicas or shards, or give numCacheNodes: 1."))
    }
    if configuration.azMode != nil, !engine.isMemcached {
      problems.append(
        Problem(
          .invalidAZMode, "The AZ mode applies to Memcached clusters only.",
          fix:
            "Leave azMode out; use a ReplicationGroup with Multi-AZ to spread Valkey or Redis OSS nodes across zones."))
    } else if configuration.azMode == .crossAZ, nodes < 2 {
      problems.append(
        Problem(
          .invalidAZMode, "Cross-AZ placement needs two nodes or more; the cluster has \(nodes).",
          fix: "Give numCacheNodes: 2 or more, or azMode: .singleAZ."))
    }
    if let zones = configuration.preferredAvailabilityZones, zones.count != nodes {
      problems.append(
        Problem(
          .invalidPreferredAvailabilityZones,
          "\(zones.count) preferred availability zones are given for \(nodes) nodes.",
          fix: "Give one zone per node."))
    }
    if engine.isMemcached {
      let snapshotSettings = [
        common.snapshotRetentionLimit.map { _ in "snapshotRetentionLimit" },
        common.snapshotWindow.map { _ in "snapshotWindow" },
        common.snapshotName.map { _ in "snapshotName" }, common.snapshotArns.map { _ in "snapshotArns" },
      ].compactMap { $0 }
      if !snapshotSettings.isEmpty {
        problems.append(
          Problem(
            .snapshotsNotSupported,
            "Memcached keeps no snapshots, but \(Identifier.sentence(snapshotSettings)) \(snapshotSettings.count > 1 ? "are" : "is") given.",
            fix: "Remove the snapshot settings, or choose the valkey or redis engine."))
      }
      if configuration.removalPolicy == .snapshot {
        problems.append(
          Problem(
            .snapshotRemovalPolicyNotSupported,
            "The removal policy is snapshot, but Memcached clusters cannot be snapshotted.",
            fix: "Use the removal policy .destroy or .retain."))
      }
    }
    return problems
  }

  /// Encryption in transit: Memcached 1.6.12 and later; single-node Valkey and Redis OSS clusters have none.
  static func transitEncryption(_ enabled: Bool, engine: EngineChoice) -> [Problem] {
    if !engine.engine.isMemcached {
      guard enabled else {
        return [
          Problem(
            .unencryptedCacheCluster,
            "A \(engine.engine.displayName) cache cluster can neither encrypt data nor authenticate clients.",
            fix: "Declare a ReplicationGroup with replicasPerShard: 0 for an encrypted single-node cache.")
        ]
      }
      return [
        Problem(
          .transitEncryptionNotSupported,
          "\(engine.engine.displayName) cache clusters do not support encryption in transit.",
          fix: "Declare a ReplicationGroup with replicasPerShard: 0 for an encrypted single-node cache.")
      ]
    }
    guard enabled, engine.precedes(["memcached": "1.6.12"]) else { return [] }
    return [
      Problem(
        .transitEncryptionNotSupported,
        "Encryption in transit needs Memcached 1.6.12 and later; the cluster runs \(engine.versionDescription).",
        fix: "Choose Memcached 1.6.12 or later, or transitEncryption: false.")
    ]
  }
}
