public import AWSEC2
public import Constructs

/// A node-based cache: a ``ReplicationGroup`` or a ``CacheCluster``, created in this app or imported. Its
/// nodes publish CloudWatch metrics per cache cluster (`CacheClusterId`): the group's member clusters
/// (`orders-cache-001`, `orders-cache-002`...) or the cache cluster itself.
public protocol NodeBasedCacheProtocol: Construct, EC2.Connectable {
  /// The engine, when known.
  var engine: CacheEngine? { get }
  /// The ids of the cache clusters whose nodes publish the cache's metrics: one per node of a replication
  /// group (its member clusters), or the cache cluster's own id.
  var memberClusterIDs: [StringValue] { get }
}
