import AWSEC2
import Constructs

/// A replication group that exists outside the app, imported by id or attributes.
final class ImportedReplicationGroup: Construct, ReplicationGroupProtocol {
  let engine: CacheEngine?
  let replicationGroupID: StringValue
  let clusterModeEnabled: Bool?
  let userGroup: (any UserGroupProtocol)?
  private let attributes: ReplicationGroup.Attributes

  /// The given security groups, and the given port (else the engine's, 6379).
  private(set) lazy var connections = EC2.Connections(
    securityGroups: attributes.securityGroups,
    defaultPort: EC2.Port.tcp(attributes.port ?? (engine ?? .valkeyLatest).defaultPort),
    owner: self)

  init(_ scope: Construct, _ id: String, attributes: ReplicationGroup.Attributes) {
    self.attributes = attributes
    engine = attributes.engine
    replicationGroupID =
      attributes.replicationGroupID.literal.map { StringValue($0.lowercased()) }
      ?? attributes.replicationGroupID
    clusterModeEnabled = attributes.clusterModeEnabled
    userGroup = attributes.userGroup
    super.init(scope, id)
    if attributes.replicationGroupID.literal?.isEmpty == true {
      node.addError(
        .missingReplicationGroupIdentifier, "The imported replication group's id is empty.",
        fix: "Give the id of the existing replication group, such as 'orders-cache'.")
    }
    for problem in NodeBasedCacheChecks.identifier(
      attributes.replicationGroupID, of: "replication group", maxLength: 40, code: .invalidReplicationGroupID)
    where attributes.replicationGroupID.literal?.isEmpty == false {
      node.addProblem(problem)
    }
  }

  var replicationGroupArn: StringValue {
    ElastiCacheArn.format(Stack.of(self), resource: "replicationgroup", name: replicationGroupID)
  }

  var memberClusterIDs: [StringValue] {
    MemberClusters.ids(
      of: replicationGroupID, clusterModeEnabled: clusterModeEnabled == true, shards: attributes.shards ?? 1,
      replicasPerShard: attributes.replicasPerShard ?? 0)
  }

  var primaryEndpointAddress: StringValue { given(attributes.primaryEndpointAddress, "primaryEndpointAddress") }
  var primaryEndpointPort: StringValue { attributes.primaryEndpointPort ?? defaultPort }
  var readerEndpointAddress: StringValue { given(attributes.readerEndpointAddress, "readerEndpointAddress") }
  var readerEndpointPort: StringValue { attributes.readerEndpointPort ?? defaultPort }
  var configurationEndpointAddress: StringValue {
    given(attributes.configurationEndpointAddress, "configurationEndpointAddress")
  }
  var configurationEndpointPort: StringValue { attributes.configurationEndpointPort ?? defaultPort }

  private var defaultPort: StringValue { StringValue(String(attributes.port ?? (engine ?? .valkeyLatest).defaultPort)) }

  /// A given endpoint address; an error is recorded when it was not given.
  private func given(_ value: StringValue?, _ label: String) -> StringValue {
    if let value { return value }
    node.addError(
      .endpointNotAvailable, "The imported replication group was not given its \(label).",
      fix: "Pass \(label): to ReplicationGroup.fromReplicationGroupAttributes.")
    return ""
  }
}
