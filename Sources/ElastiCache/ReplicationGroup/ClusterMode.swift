/// Whether a replication group partitions its data across shards (cluster mode enabled), keeps it in one
/// shard (disabled), or accepts clients of both kinds while they migrate (compatible).
public enum ClusterMode: String, Sendable, CaseIterable {
  /// Data is partitioned across shards; clients connect through the configuration endpoint.
  case enabled = "enabled"
  /// One shard; clients connect to the primary and reader endpoints.
  case disabled = "disabled"
  /// Clients of both kinds are served, the step from disabled to enabled.
  case compatible = "compatible"
}
