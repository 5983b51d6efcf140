public import AWSIAM
public import Constructs

/// A Valkey or Redis OSS replication group: one created in this app (``ReplicationGroup``) or an existing
/// one imported by id or attributes. It is connectable (security groups and its port), grants IAM
/// authentication, and has the metrics of its nodes.
public protocol ReplicationGroupProtocol: NodeBasedCacheProtocol {
  /// The replication group's id, in lowercase.
  var replicationGroupID: StringValue { get }
  /// The replication group's ARN (`arn:<partition>:elasticache:<region>:<account>:replicationgroup:<id>`).
  var replicationGroupArn: StringValue { get }
  /// Whether the group partitions its data across shards; `nil` for an import that did not say.
  var clusterModeEnabled: Bool? { get }
  /// The address of the primary endpoint, for writes (cluster mode disabled).
  var primaryEndpointAddress: StringValue { get }
  /// The port of the primary endpoint (a string, as CloudFormation returns it).
  var primaryEndpointPort: StringValue { get }
  /// The address of the reader endpoint, which spreads reads over the replicas (cluster mode disabled).
  var readerEndpointAddress: StringValue { get }
  /// The port of the reader endpoint.
  var readerEndpointPort: StringValue { get }
  /// The address of the configuration endpoint, which cluster clients discover the shards from (cluster
  /// mode enabled).
  var configurationEndpointAddress: StringValue { get }
  /// The port of the configuration endpoint.
  var configurationEndpointPort: StringValue { get }
  /// The user group that controls access, when known.
  var userGroup: (any UserGroupProtocol)? { get }
}

extension ReplicationGroupProtocol {
  /// The replication group's id.
  @available(*, deprecated, renamed: "replicationGroupID")
  public var replicationGroupId: StringValue { replicationGroupID }

  /// The endpoint clients connect to: the configuration endpoint with cluster mode enabled, else the primary
  /// endpoint.
  public var endpointAddress: StringValue {
    clusterModeEnabled == true ? configurationEndpointAddress : primaryEndpointAddress
  }

  /// The port of ``endpointAddress``.
  public var endpointPort: StringValue {
    clusterModeEnabled == true ? configurationEndpointPort : primaryEndpointPort
  }

  /// Allows `grantee` to connect with IAM authentication: `elasticache:Connect` and
  /// `elasticache:DescribeReplicationGroups` on the group. Grant `elasticache:Connect` on the IAM user as
  /// well (`iamUser.grantConnect(grantee)`).
  @discardableResult
  public func grantConnect(_ grantee: any IAM.Grantable) -> IAM.Grant {
    (self as? ReplicationGroup)?.noteConnectGrant()
    return IAM.Grant.addToPrincipal(
      grantee: grantee,
      actions: ["elasticache:Connect", "elasticache:DescribeReplicationGroups"],
      resourceArns: [replicationGroupArn]
    )
  }

  /// Allows `grantee` the given actions on the group.
  @discardableResult
  public func grant(_ grantee: any IAM.Grantable, _ actions: String...) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [replicationGroupArn])
  }
}

/// The ids of a replication group's member clusters, which its nodes publish their metrics under:
/// `<id>-001`, `<id>-002`... with cluster mode disabled, `<id>-0001-001`, `<id>-0001-002`... with it enabled.
enum MemberClusters {
  static func ids(of groupID: StringValue, clusterModeEnabled: Bool, shards: Int, replicasPerShard: Int)
    -> [StringValue]
  {
    let nodes = 1...(1 + min(max(replicasPerShard, 0), 5))
    guard clusterModeEnabled else { return nodes.map { "\(groupID)-\(padded($0, 3))" } }
    return (1...min(max(shards, 1), 500)).flatMap { shard in
      nodes.map { "\(groupID)-\(padded(shard, 4))-\(padded($0, 3))" }
    }
  }

  private static func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
