/// Whether a Memcached cluster's nodes are placed in one availability zone or spread across zones.
public enum AZMode: String, Sendable, CaseIterable {
  /// All nodes in one availability zone (ElastiCache's default).
  case singleAZ = "single-az"
  /// Nodes spread across the availability zones of the subnet group; needs two or more nodes.
  case crossAZ = "cross-az"
}
