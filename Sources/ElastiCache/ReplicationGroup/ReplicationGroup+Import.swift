public import AWSEC2
public import Constructs

extension ReplicationGroup {
  /// What is known of an existing replication group.
  public struct Attributes {
    /// The group's id.
    public var replicationGroupID: StringValue
    /// The engine.
    public var engine: CacheEngine?
    /// The port (default: the engine's, 6379).
    public var port: Int?
    /// The group's security groups.
    public var securityGroups: [any EC2.SecurityGroupProtocol]
    /// Whether the group has cluster mode enabled.
    public var clusterModeEnabled: Bool?
    /// The number of shards, for the member clusters' metrics.
    public var shards: Int?
    /// The number of replicas per shard, for the member clusters' metrics.
    public var replicasPerShard: Int?
    /// The primary endpoint's address.
    public var primaryEndpointAddress: StringValue?
    /// The primary endpoint's port.
    public var primaryEndpointPort: StringValue?
    /// The reader endpoint's address.
    public var readerEndpointAddress: StringValue?
    /// The reader endpoint's port.
    public var readerEndpointPort: StringValue?
    /// The configuration endpoint's address.
    public var configurationEndpointAddress: StringValue?
    /// The configuration endpoint's port.
    public var configurationEndpointPort: StringValue?
    /// The group's user group.
    public var userGroup: (any UserGroupProtocol)?
  }

  /// An existing replication group, by id.
  public static func fromReplicationGroupID(_ scope: Construct, _ id: String, _ replicationGroupID: StringValue)
    -> any ReplicationGroupProtocol
  {
    fromReplicationGroupAttributes(scope, id, replicationGroupID: replicationGroupID)
  }

  /// An existing replication group from its attributes; its endpoints are known when given here.
  public static func fromReplicationGroupAttributes(
    _ scope: Construct,
    _ id: String,
    replicationGroupID: StringValue,
    engine: CacheEngine? = nil,
    port: Int? = nil,
    securityGroups: [any EC2.SecurityGroupProtocol] = [],
    clusterModeEnabled: Bool? = nil,
    shards: Int? = nil,
    replicasPerShard: Int? = nil,
    primaryEndpointAddress: StringValue? = nil,
    primaryEndpointPort: StringValue? = nil,
    readerEndpointAddress: StringValue? = nil,
    readerEndpointPort: StringValue? = nil,
    configurationEndpointAddress: StringValue? = nil,
    configurationEndpointPort: StringValue? = nil,
    userGroup: (any UserGroupProtocol)? = nil
  ) -> any ReplicationGroupProtocol {
    ImportedReplicationGroup(
      scope, id,
      attributes: Attributes(
        replicationGroupID: replicationGroupID, engine: engine, port: port, securityGroups: securityGroups,
        clusterModeEnabled: clusterModeEnabled, shards: shards, replicasPerShard: replicasPerShard,
        primaryEndpointAddress: primaryEndpointAddress, primaryEndpointPort: primaryEndpointPort,
        readerEndpointAddress: readerEndpointAddress, readerEndpointPort: readerEndpointPort,
        configurationEndpointAddress: configurationEndpointAddress,
        configurationEndpointPort: configurationEndpointPort, userGroup: userGroup))
  }

  /// An existing replication group from its attributes.
  @available(*, deprecated, message: "Spell the label replicationGroupID:")
  public static func fromReplicationGroupAttributes(
    _ scope: Construct,
    _ id: String,
    replicationGroupId: StringValue,
    engine: CacheEngine? = nil,
    port: Int? = nil,
    securityGroups: [any EC2.SecurityGroupProtocol] = [],
    clusterModeEnabled: Bool? = nil,
    shards: Int? = nil,
    replicasPerShard: Int? = nil,
    primaryEndpointAddress: StringValue? = nil,
    primaryEndpointPort: StringValue? = nil,
    readerEndpointAddress: StringValue? = nil,
    readerEndpointPort: StringValue? = nil,
    configurationEndpointAddress: StringValue? = nil,
    configurationEndpointPort: StringValue? = nil,
    userGroup: (any UserGroupProtocol)? = nil
  ) -> any ReplicationGroupProtocol {
    fromReplicationGroupAttributes(
      scope, id, replicationGroupID: replicationGroupId, engine: engine, port: port, securityGroups: securityGroups,
      clusterModeEnabled: clusterModeEnabled, shards: shards, replicasPerShard: replicasPerShard,
      primaryEndpointAddress: primaryEndpointAddress, primaryEndpointPort: primaryEndpointPort,
      readerEndpointAddress: readerEndpointAddress, readerEndpointPort: readerEndpointPort,
      configurationEndpointAddress: configurationEndpointAddress,
      configurationEndpointPort: configurationEndpointPort, userGroup: userGroup)
  }
}
