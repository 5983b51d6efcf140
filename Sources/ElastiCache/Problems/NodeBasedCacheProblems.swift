public import Constructs

// The problems node-based caches report: replication groups, cache clusters, subnet groups and parameter
// groups. Each code is listed in ``NodeBasedCacheProblems``.
extension ProblemCode {
  /// A replication group id is not 1–40 letters, digits or hyphens starting with a letter, or ends with a hyphen or has two in a row.
  public static let invalidReplicationGroupID = ProblemCode(
    "InvalidReplicationGroupID", module: "ElastiCache",
    summary:
      "A replication group id is not 1–40 letters, digits or hyphens starting with a letter, or ends with a hyphen or has two in a row."
  )
  /// A cache cluster id is not 1–50 letters, digits or hyphens starting with a letter, or ends with a hyphen or has two in a row.
  public static let invalidCacheClusterID = ProblemCode(
    "InvalidCacheClusterID", module: "ElastiCache",
    summary:
      "A cache cluster id is not 1–50 letters, digits or hyphens starting with a letter, or ends with a hyphen or has two in a row."
  )
  /// A subnet group name is not 1–255 letters, digits or hyphens.
  public static let invalidSubnetGroupName = ProblemCode(
    "InvalidSubnetGroupName", module: "ElastiCache",
    summary: "A subnet group name is not 1–255 letters, digits or hyphens.")
  /// A node-based cache's or group's description is empty.
  public static let invalidDescription = ProblemCode(
    "InvalidDescription", module: "ElastiCache", summary: "A node-based cache's or group's description is empty.")
  /// The engine cannot run a node-based cache of this kind (Memcached has no replication groups; the engine is unknown).
  public static let unsupportedCacheEngine = ProblemCode(
    "UnsupportedCacheEngine", module: "ElastiCache",
    summary:
      "The engine cannot run a node-based cache of this kind (Memcached has no replication groups; the engine is unknown)."
  )
  /// An engine version is not a full version such as 7.1 or 1.6.22.
  public static let invalidEngineVersion = ProblemCode(
    "InvalidEngineVersion", module: "ElastiCache",
    summary: "An engine version is not a full version such as 7.1 or 1.6.22.")
  /// The engine version is not of the engine's major version.
  public static let engineVersionMajorMismatch = ProblemCode(
    "EngineVersionMajorMismatch", module: "ElastiCache",
    summary: "The engine version is not of the engine's major version.")
  /// A Valkey version older than 7.2, the first Valkey version ElastiCache runs.
  public static let unsupportedValkeyVersion = ProblemCode(
    "UnsupportedValkeyVersion", module: "ElastiCache",
    summary: "A Valkey version older than 7.2, the first Valkey version ElastiCache runs.")
  /// An engine version this library does not know; ElastiCache rejects versions it does not offer.
  public static let unknownEngineVersion = ProblemCode(
    "UnknownEngineVersion", module: "ElastiCache", severity: .warning,
    summary: "An engine version this library does not know; ElastiCache rejects versions it does not offer.")
  /// No version of the engine's major version is known, so one must be given.
  public static let engineVersionRequired = ProblemCode(
    "EngineVersionRequired", module: "ElastiCache",
    summary: "No version of the engine's major version is known, so one must be given.")
  /// A node type is not of the form cache.<family>.<size>.
  public static let invalidCacheNodeType = ProblemCode(
    "InvalidCacheNodeType", module: "ElastiCache", summary: "A node type is not of the form cache.<family>.<size>.")
  /// ElastiCache no longer creates nodes of this type (T1 and T2).
  public static let unsupportedCacheNodeType = ProblemCode(
    "UnsupportedCacheNodeType", module: "ElastiCache",
    summary: "ElastiCache no longer creates nodes of this type (T1 and T2).")
  /// A previous-generation node type.
  public static let previousGenerationCacheNodeType = ProblemCode(
    "PreviousGenerationCacheNodeType", module: "ElastiCache", severity: .warning,
    summary: "A previous-generation node type.")
  /// AWS Graviton node types need Redis OSS 5.0.6, Memcached 1.5.16 or later.
  public static let nodeTypeNeedsNewerEngine = ProblemCode(
    "NodeTypeNeedsNewerEngine", module: "ElastiCache",
    summary: "AWS Graviton node types need Redis OSS 5.0.6, Memcached 1.5.16 or later.")
  /// A replication group has fewer than 1 or more than 500 shards.
  public static let invalidShardCount = ProblemCode(
    "InvalidShardCount", module: "ElastiCache", summary: "A replication group has fewer than 1 or more than 500 shards."
  )
  /// A shard has fewer than 0 or more than 5 replicas.
  public static let invalidReplicaCount = ProblemCode(
    "InvalidReplicaCount", module: "ElastiCache", summary: "A shard has fewer than 0 or more than 5 replicas.")
  /// A replication group has more than 500 nodes.
  public static let tooManyNodes = ProblemCode(
    "TooManyNodes", module: "ElastiCache", summary: "A replication group has more than 500 nodes.")
  /// Multi-AZ is enabled on a replication group without replicas.
  public static let multiAZWithoutReplica = ProblemCode(
    "MultiAZWithoutReplica", module: "ElastiCache",
    summary: "Multi-AZ is enabled on a replication group without replicas.")
  /// Multi-AZ is enabled while automatic failover is disabled.
  public static let multiAZWithoutAutomaticFailover = ProblemCode(
    "MultiAZWithoutAutomaticFailover", module: "ElastiCache",
    summary: "Multi-AZ is enabled while automatic failover is disabled.")
  /// Automatic failover is enabled on a cluster-mode-disabled replication group without replicas.
  public static let automaticFailoverWithoutReplica = ProblemCode(
    "AutomaticFailoverWithoutReplica", module: "ElastiCache",
    summary: "Automatic failover is enabled on a cluster-mode-disabled replication group without replicas.")
  /// Automatic failover is disabled on a cluster-mode-enabled replication group.
  public static let clusterModeRequiresAutomaticFailover = ProblemCode(
    "ClusterModeRequiresAutomaticFailover", module: "ElastiCache",
    summary: "Automatic failover is disabled on a cluster-mode-enabled replication group.")
  /// The cluster mode contradicts the number of shards.
  public static let invalidClusterMode = ProblemCode(
    "InvalidClusterMode", module: "ElastiCache", summary: "The cluster mode contradicts the number of shards.")
  /// A port outside 1–65535.
  public static let invalidPort = ProblemCode(
    "InvalidPort", module: "ElastiCache", summary: "A port outside 1–65535.")
  /// A KMS key is given while encryption at rest is disabled.
  public static let kmsKeyWithoutAtRestEncryption = ProblemCode(
    "KMSKeyWithoutAtRestEncryption", module: "ElastiCache",
    summary: "A KMS key is given while encryption at rest is disabled.")
  /// Both an AUTH token and a user group are given.
  public static let authTokenWithUserGroup = ProblemCode(
    "AuthTokenWithUserGroup", module: "ElastiCache", summary: "Both an AUTH token and a user group are given.")
  /// An AUTH token is given while encryption in transit is disabled.
  public static let authTokenWithoutTransitEncryption = ProblemCode(
    "AuthTokenWithoutTransitEncryption", module: "ElastiCache",
    summary: "An AUTH token is given while encryption in transit is disabled.")
  /// A literal AUTH token breaks ElastiCache's rules (16–128 printable ASCII characters, none of @ " /).
  public static let invalidAuthToken = ProblemCode(
    "InvalidAuthToken", module: "ElastiCache",
    summary: "A literal AUTH token breaks ElastiCache's rules (16–128 printable ASCII characters, none of @ \" /).")
  /// A literal AUTH token has special characters other than those ElastiCache documents as permitted.
  public static let authTokenSpecialCharacters = ProblemCode(
    "AuthTokenSpecialCharacters", module: "ElastiCache", severity: .warning,
    summary: "A literal AUTH token has special characters other than those ElastiCache documents as permitted.")
  /// An AUTH token is given in plain text, so it is readable in the template.
  public static let plainTextAuthToken = ProblemCode(
    "PlainTextAuthToken", module: "ElastiCache", severity: .warning,
    summary: "An AUTH token is given in plain text, so it is readable in the template.")
  /// A user group is given while encryption in transit is disabled.
  public static let userGroupWithoutTransitEncryption = ProblemCode(
    "UserGroupWithoutTransitEncryption", module: "ElastiCache",
    summary: "A user group is given while encryption in transit is disabled.")
  /// A Redis OSS replication group is given a user group of another engine.
  public static let userGroupEngineMismatch = ProblemCode(
    "UserGroupEngineMismatch", module: "ElastiCache",
    summary: "A Redis OSS replication group is given a user group of another engine.")
  /// Role-based access control needs Redis OSS 6.0 or later.
  public static let userGroupNeedsNewerEngine = ProblemCode(
    "UserGroupNeedsNewerEngine", module: "ElastiCache",
    summary: "Role-based access control needs Redis OSS 6.0 or later.")
  /// IAM authentication needs Valkey 7.2 or Redis OSS 7.0 and later.
  public static let iamUsersNeedNewerEngine = ProblemCode(
    "IAMUsersNeedNewerEngine", module: "ElastiCache",
    summary: "IAM authentication needs Valkey 7.2 or Redis OSS 7.0 and later.")
  /// The parameter group's family does not match the cache's engine version.
  public static let parameterGroupFamilyMismatch = ProblemCode(
    "ParameterGroupFamilyMismatch", module: "ElastiCache",
    summary: "The parameter group's family does not match the cache's engine version.")
  /// The parameter group's cluster-enabled setting contradicts the replication group's cluster mode.
  public static let parameterGroupClusterModeMismatch = ProblemCode(
    "ParameterGroupClusterModeMismatch", module: "ElastiCache",
    summary: "The parameter group's cluster-enabled setting contradicts the replication group's cluster mode.")
  /// Both a subnet group and a subnet selection are given.
  public static let subnetGroupWithVPCSubnets = ProblemCode(
    "SubnetGroupWithVPCSubnets", module: "ElastiCache", summary: "Both a subnet group and a subnet selection are given."
  )
  /// A Multi-AZ or cross-AZ cache's subnets are all in one availability zone.
  public static let singleAvailabilityZoneSubnets = ProblemCode(
    "SingleAvailabilityZoneSubnets", module: "ElastiCache",
    summary: "A Multi-AZ or cross-AZ cache's subnets are all in one availability zone.")
  /// A snapshot retention limit outside 0–35 days.
  public static let invalidSnapshotRetentionLimit = ProblemCode(
    "InvalidSnapshotRetentionLimit", module: "ElastiCache", summary: "A snapshot retention limit outside 0–35 days.")
  /// A snapshot window is not a daily UTC range hh24:mi-hh24:mi of at least 60 minutes.
  public static let invalidSnapshotWindow = ProblemCode(
    "InvalidSnapshotWindow", module: "ElastiCache",
    summary: "A snapshot window is not a daily UTC range hh24:mi-hh24:mi of at least 60 minutes.")
  /// A maintenance window is not a weekly UTC range ddd:hh24:mi-ddd:hh24:mi of at least 60 minutes.
  public static let invalidMaintenanceWindow = ProblemCode(
    "InvalidMaintenanceWindow", module: "ElastiCache",
    summary: "A maintenance window is not a weekly UTC range ddd:hh24:mi-ddd:hh24:mi of at least 60 minutes.")
  /// The snapshot window overlaps the maintenance window.
  public static let overlappingWindows = ProblemCode(
    "OverlappingWindows", module: "ElastiCache", summary: "The snapshot window overlaps the maintenance window.")
  /// A snapshot window is given while automatic snapshots are disabled.
  public static let snapshotWindowWithoutRetention = ProblemCode(
    "SnapshotWindowWithoutRetention", module: "ElastiCache", severity: .warning,
    summary: "A snapshot window is given while automatic snapshots are disabled.")
  /// Snapshot settings on a Memcached cluster, which keeps no snapshots.
  public static let snapshotsNotSupported = ProblemCode(
    "SnapshotsNotSupported", module: "ElastiCache",
    summary: "Snapshot settings on a Memcached cluster, which keeps no snapshots.")
  /// Both a snapshot name and snapshot ARNs to restore are given.
  public static let conflictingSnapshotSources = ProblemCode(
    "ConflictingSnapshotSources", module: "ElastiCache",
    summary: "Both a snapshot name and snapshot ARNs to restore are given.")
  /// Data tiering is enabled on a node type other than r6gd, or on an engine version before Redis OSS 6.2.
  public static let dataTieringNotSupported = ProblemCode(
    "DataTieringNotSupported", module: "ElastiCache",
    summary: "Data tiering is enabled on a node type other than r6gd, or on an engine version before Redis OSS 6.2.")
  /// Data tiering is disabled on r6gd nodes, which need it.
  public static let dataTieringRequired = ProblemCode(
    "DataTieringRequired", module: "ElastiCache", summary: "Data tiering is disabled on r6gd nodes, which need it.")
  /// Two log deliveries of the same log type.
  public static let duplicateLogDelivery = ProblemCode(
    "DuplicateLogDelivery", module: "ElastiCache", summary: "Two log deliveries of the same log type.")
  /// Log delivery on an engine or version that does not support it.
  public static let logDeliveryNotSupported = ProblemCode(
    "LogDeliveryNotSupported", module: "ElastiCache",
    summary: "Log delivery on an engine or version that does not support it.")
  /// IPv6 or dual-stack networking on an engine version or node type that does not support it.
  public static let networkTypeNotSupported = ProblemCode(
    "NetworkTypeNotSupported", module: "ElastiCache",
    summary: "IPv6 or dual-stack networking on an engine version or node type that does not support it.")
  /// The IP discovery protocol is not available on the network type.
  public static let ipDiscoveryMismatch = ProblemCode(
    "IPDiscoveryMismatch", module: "ElastiCache",
    summary: "The IP discovery protocol is not available on the network type.")
  /// A transit encryption mode is given while encryption in transit is disabled.
  public static let transitEncryptionModeWithoutTransitEncryption = ProblemCode(
    "TransitEncryptionModeWithoutTransitEncryption", module: "ElastiCache",
    summary: "A transit encryption mode is given while encryption in transit is disabled.")
  /// Encryption in transit on an engine or version that does not support it.
  public static let transitEncryptionNotSupported = ProblemCode(
    "TransitEncryptionNotSupported", module: "ElastiCache",
    summary: "Encryption in transit on an engine or version that does not support it.")
  /// A notification topic is not an SNS topic ARN.
  public static let invalidNotificationTopicArn = ProblemCode(
    "InvalidNotificationTopicArn", module: "ElastiCache", summary: "A notification topic is not an SNS topic ARN.")
  /// The number of preferred availability zones differs from the number of nodes.
  public static let invalidPreferredAvailabilityZones = ProblemCode(
    "InvalidPreferredAvailabilityZones", module: "ElastiCache",
    summary: "The number of preferred availability zones differs from the number of nodes.")
  /// An endpoint that this kind of cache does not have was read.
  public static let endpointNotAvailable = ProblemCode(
    "EndpointNotAvailable", module: "ElastiCache",
    summary: "An endpoint that this kind of cache does not have was read.")
  /// The snapshot removal policy is applied to a Memcached cluster, which keeps no snapshots.
  public static let snapshotRemovalPolicyNotSupported = ProblemCode(
    "SnapshotRemovalPolicyNotSupported", module: "ElastiCache",
    summary: "The snapshot removal policy is applied to a Memcached cluster, which keeps no snapshots.")
  /// A cache cluster has a node count its engine does not allow.
  public static let invalidNodeCount = ProblemCode(
    "InvalidNodeCount", module: "ElastiCache", summary: "A cache cluster has a node count its engine does not allow.")
  /// An AZ mode on a cache cluster that is not Memcached, or cross-AZ placement of a single node.
  public static let invalidAZMode = ProblemCode(
    "InvalidAZMode", module: "ElastiCache",
    summary: "An AZ mode on a cache cluster that is not Memcached, or cross-AZ placement of a single node.")
  /// A single-node Valkey or Redis OSS cache cluster, which cannot encrypt data or authenticate clients.
  public static let unencryptedCacheCluster = ProblemCode(
    "UnencryptedCacheCluster", module: "ElastiCache", severity: .warning,
    summary: "A single-node Valkey or Redis OSS cache cluster, which cannot encrypt data or authenticate clients.")
  /// A subnet group without subnets.
  public static let emptySubnetGroup = ProblemCode(
    "EmptySubnetGroup", module: "ElastiCache", summary: "A subnet group without subnets.")
  /// A parameter group family this library does not know.
  public static let unknownParameterGroupFamily = ProblemCode(
    "UnknownParameterGroupFamily", module: "ElastiCache", severity: .warning,
    summary: "A parameter group family this library does not know.")
  /// A parameter with an empty name, or a cluster-enabled value other than yes or no.
  public static let invalidParameter = ProblemCode(
    "InvalidParameter", module: "ElastiCache",
    summary: "A parameter with an empty name, or a cluster-enabled value other than yes or no.")
  /// elasticache:Connect is granted on a cache whose user group has no IAM users.
  public static let connectGrantWithoutIAMAuthentication = ProblemCode(
    "ConnectGrantWithoutIAMAuthentication", module: "ElastiCache", severity: .warning,
    summary: "elasticache:Connect is granted on a cache whose user group has no IAM users.")
  /// An imported replication group without an id.
  public static let missingReplicationGroupIdentifier = ProblemCode(
    "MissingReplicationGroupIdentifier", module: "ElastiCache", summary: "An imported replication group without an id.")
  /// An imported cache cluster without an id.
  public static let missingCacheClusterIdentifier = ProblemCode(
    "MissingCacheClusterIdentifier", module: "ElastiCache", summary: "An imported cache cluster without an id.")
}

/// Every code the node-based cache constructs report.
public enum NodeBasedCacheProblems: ProblemCatalog {
  public static let codes: [ProblemCode] = [
    .invalidReplicationGroupID, .invalidCacheClusterID, .invalidSubnetGroupName, .invalidDescription,
    .unsupportedCacheEngine, .invalidEngineVersion, .engineVersionMajorMismatch, .unsupportedValkeyVersion,
    .unknownEngineVersion, .engineVersionRequired, .invalidCacheNodeType, .unsupportedCacheNodeType,
    .previousGenerationCacheNodeType, .nodeTypeNeedsNewerEngine, .invalidShardCount, .invalidReplicaCount,
    .tooManyNodes, .multiAZWithoutReplica, .multiAZWithoutAutomaticFailover, .automaticFailoverWithoutReplica,
    .clusterModeRequiresAutomaticFailover, .invalidClusterMode, .invalidPort, .kmsKeyWithoutAtRestEncryption,
    .authTokenWithUserGroup, .authTokenWithoutTransitEncryption, .invalidAuthToken, .authTokenSpecialCharacters,
    .plainTextAuthToken, .userGroupWithoutTransitEncryption, .userGroupEngineMismatch, .userGroupNeedsNewerEngine,
    .iamUsersNeedNewerEngine, .parameterGroupFamilyMismatch, .parameterGroupClusterModeMismatch,
    .subnetGroupWithVPCSubnets, .singleAvailabilityZoneSubnets, .invalidSnapshotRetentionLimit, .invalidSnapshotWindow,
    .invalidMaintenanceWindow, .overlappingWindows, .snapshotWindowWithoutRetention, .snapshotsNotSupported,
    .conflictingSnapshotSources, .dataTieringNotSupported, .dataTieringRequired, .duplicateLogDelivery,
    .logDeliveryNotSupported, .networkTypeNotSupported, .ipDiscoveryMismatch,
    .transitEncryptionModeWithoutTransitEncryption, .transitEncryptionNotSupported, .invalidNotificationTopicArn,
    .invalidPreferredAvailabilityZones, .endpointNotAvailable, .snapshotRemovalPolicyNotSupported, .invalidNodeCount,
    .invalidAZMode, .unencryptedCacheCluster, .emptySubnetGroup, .unknownParameterGroupFamily, .invalidParameter,
    .connectGrantWithoutIAMAuthentication, .missingReplicationGroupIdentifier, .missingCacheClusterIdentifier,
  ]
}
