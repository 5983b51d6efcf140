public import AWSIAM
public import Constructs

/// A cache cluster: a Memcached cluster or a single-node Valkey or Redis OSS cluster, created in this app
/// (``CacheCluster``) or imported by id or attributes.
public protocol CacheClusterProtocol: NodeBasedCacheProtocol {
  /// The cluster's id, in lowercase.
  var cacheClusterID: StringValue { get }
  /// The cluster's ARN (`arn:<partition>:elasticache:<region>:<account>:cluster:<id>`).
  var cacheClusterArn: StringValue { get }
  /// The address clients connect to: the configuration endpoint of a Memcached cluster, the node's
  /// endpoint of a Valkey or Redis OSS cluster.
  var endpointAddress: StringValue { get }
  /// The port of ``endpointAddress`` (a string, as CloudFormation returns it).
  var endpointPort: StringValue { get }
}

extension CacheClusterProtocol {
  /// The cluster's id.
  @available(*, deprecated, renamed: "cacheClusterID")
  public var cacheClusterId: StringValue { cacheClusterID }

  /// The cluster itself: its metrics are published under its id.
  public var memberClusterIDs: [StringValue] { [cacheClusterID] }

  /// Allows `grantee` the given actions on the cluster.
  @discardableResult
  public func grant(_ grantee: any IAM.Grantable, _ actions: String...) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [cacheClusterArn])
  }
}
