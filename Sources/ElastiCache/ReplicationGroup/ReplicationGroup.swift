public import AWSEC2
public import AWSKMS
public import AWSLogs
public import Constructs

/// A Valkey or Redis OSS replication group (`AWS::ElastiCache::ReplicationGroup`): a primary node and up
/// to five replicas per shard, in one shard (cluster mode disabled, with primary and reader endpoints) or
/// in 2 to 500 shards (cluster mode enabled, with a configuration endpoint).
///
/// It is secure and highly available by default: encryption in transit and at rest, Multi-AZ with automatic
/// failover whenever there is a replica, a subnet group and a security group of its own, and a snapshot
/// taken when it is deleted or replaced.
///
/// ```swift
/// let group = ReplicationGroup(stack, "Cache", vpc: vpc, engine: .redis7, cacheNodeType: .t4gMicro,
///                              vpcSubnets: EC2.SubnetSelection(subnetType: .privateIsolated))
/// group.connections.allowDefaultPortFrom(function)
/// function.addEnvironment("PRIMARY_ENDPOINT_ADDRESS", group.primaryEndpointAddress)
/// ```
public final class ReplicationGroup: Construct, ReplicationGroupProtocol {
  /// The engine.
  public let engine: CacheEngine?
  /// The engine version: the given one, or the newest known version of the engine's major version.
  public let engineVersion: StringValue?
  /// The node type of every node.
  public let cacheNodeType: CacheNodeType
  /// The number of shards (node groups).
  public let shards: Int
  /// The number of replicas in each shard.
  public let replicasPerShard: Int
  /// Whether the group partitions its data across shards.
  public let clusterModeEnabled: Bool?
  /// Whether replicas are kept in other availability zones than their primary, which they replace on failure.
  public let multiAZ: Bool
  /// Whether a replica is promoted when its primary fails.
  public let automaticFailover: Bool
  /// The port every node accepts connections on.
  public let port: Int
  /// Whether clients connect with TLS.
  public let transitEncryption: Bool
  /// Whether data on disk (snapshots, swap, data tiering) is encrypted.
  public let atRestEncryption: Bool
  /// The key that encrypts data at rest (an AWS owned key when `nil`).
  public let kmsKey: (any KMS.KeyProtocol)?
  /// The user group that controls access (RBAC).
  public let userGroup: (any UserGroupProtocol)?
  /// The parameter group given, if any (else the family's default group is used).
  public let parameterGroup: (any ParameterGroupProtocol)?
  /// The VPC.
  public let vpc: any EC2.VPCProtocol
  private let configuration: Configuration
  private let engineChoice: EngineChoice
  private var connectGranted = false

  /// Where the nodes run: the subnet group and the security groups.
  private lazy var placement = CachePlacement(
    of: self, vpc: vpc, subnetGroup: configuration.subnetGroup, vpcSubnets: configuration.vpcSubnets,
    securityGroups: configuration.securityGroups)

  /// The log deliveries, with the log groups created for them.
  private lazy var logs = ResolvedLogDelivery.resolve(configuration.logDelivery, in: self)

  /// The `AWS::ElastiCache::ReplicationGroup` resource.
  public private(set) lazy var resource = makeResource()

  /// The subnet group: the given one, or the one created from the subnet selection.
  public var subnetGroup: any SubnetGroupProtocol { placement.subnetGroup }

  /// The security groups: the given ones, or the one created for the group.
  public var securityGroups: [any EC2.SecurityGroupProtocol] { placement.securityGroups }

  /// The log groups the logs are delivered to, by log type: the given ones and those created.
  public var logGroups: [LogDelivery.LogType: any Logs.LogGroupProtocol] { logs.logGroups }

  /// The group's security groups and its port.
  public private(set) lazy var connections = EC2.Connections(
    securityGroups: securityGroups, defaultPort: EC2.Port.tcp(port), owner: self)

  /// A replication group in `vpc`: Valkey (the newest version) with one primary and one replica on
  /// `cache.t4g.micro` nodes unless told otherwise.
  ///
  /// - Parameters:
  ///   - engine: Valkey or Redis OSS, with or without a major version (default: Valkey, newest).
  ///   - engineVersion: the full version, such as `7.1` (default: the newest known version of the engine's
  ///     major version, ``CacheEngine/defaultVersion``).
  ///   - cacheNodeType: the node type (default `cache.t4g.micro`, for development; size production caches).
  ///   - shards: 1 for cluster mode disabled; 2 to 500 for cluster mode enabled.
  ///   - replicasPerShard: replicas in each shard, 0 to 5 (default 1).
  ///   - clusterMode: `.enabled` for a cluster-mode-enabled group of one shard; rendered as `ClusterMode`
  ///     when given (default: enabled from two shards on).
  ///   - multiAZ: Multi-AZ (default: whenever there is a replica).
  ///   - automaticFailover: promotes a replica when its primary fails (default: whenever there is a replica,
  ///     and always with cluster mode enabled).
  ///   - port: the port (default 6379).
  ///   - transitEncryption: TLS between clients and nodes (default `true`).
  ///   - transitEncryptionMode: `.preferred` while clients migrate to TLS (default: required).
  ///   - atRestEncryption: encryption of data on disk (default `true`).
  ///   - kmsKey: a customer managed key for encryption at rest.
  ///   - authToken: the password clients send with `AUTH`, from Secrets Manager or SSM; not with `userGroup`.
  ///   - userGroup: users and their permissions (RBAC); not with `authToken`.
  ///   - parameterGroup: engine parameters (default: the family's default group, such as `default.valkey8`).
  ///   - subnetGroup: the subnets (default: a subnet group created from `vpcSubnets`).
  ///   - vpcSubnets: the subnets of the created subnet group (default: private with egress, else isolated).
  ///   - securityGroups: the security groups (default: one created for the group).
  ///   - preferredAvailabilityZones: the zones of the primary and each replica (cluster mode disabled).
  ///   - replicationGroupID: the group's id, 1–40 letters, digits and hyphens (default: generated by
  ///     CloudFormation).
  ///   - description: the group's description (default: `Replication group for <id> cache.`).
  ///   - snapshotRetentionLimit: days automatic snapshots are kept, 0–35 (default: ElastiCache's, 0: none).
  ///   - snapshotWindow: the daily UTC range snapshots start in, such as `03:00-04:00`.
  ///   - preferredMaintenanceWindow: the weekly UTC range of maintenance, such as `sun:05:00-sun:06:00`.
  ///   - autoMinorVersionUpgrade: whether minor engine upgrades are applied automatically.
  ///   - notificationTopicArn: an SNS topic for the group's events (failovers, maintenance...).
  ///   - logDelivery: the slow log and the engine log, to CloudWatch Logs or Kinesis Data Firehose.
  ///   - dataTiering: data tiering to local SSDs (default: on r6gd nodes, which need it).
  ///   - networkType: IPv4, IPv6 or dual stack (default: ElastiCache's, IPv4).
  ///   - ipDiscovery: the IP version cluster discovery returns.
  ///   - snapshotName: an ElastiCache snapshot to restore the data from.
  ///   - snapshotArns: RDB files in S3 to restore the data from.
  ///   - removalPolicy: what happens to the data when the group is deleted or replaced (default: a final
  ///     snapshot is taken, as the AWS CDK does for stateful resources).
  public init(
    _ scope: Construct,
    _ id: String,
    vpc: any EC2.VPCProtocol,
    engine: CacheEngine = .valkeyLatest,
    engineVersion: StringValue? = nil,
    cacheNodeType: CacheNodeType = .t4gMicro,
    shards: Int = 1,
    replicasPerShard: Int = 1,
    clusterMode: ClusterMode? = nil,
    multiAZ: Bool? = nil,
    automaticFailover: Bool? = nil,
    port: Int? = nil,
    transitEncryption: Bool = true,
    transitEncryptionMode: TransitEncryptionMode? = nil,
    atRestEncryption: Bool = true,
    kmsKey: (any KMS.KeyProtocol)? = nil,
    authToken: SecretValue? = nil,
    userGroup: (any UserGroupProtocol)? = nil,
    parameterGroup: (any ParameterGroupProtocol)? = nil,
    subnetGroup: (any SubnetGroupProtocol)? = nil,
    vpcSubnets: EC2.SubnetSelection? = nil,
    securityGroups: [any EC2.SecurityGroupProtocol]? = nil,
    preferredAvailabilityZones: [StringValue]? = nil,
    replicationGroupID: StringValue? = nil,
    description: StringValue? = nil,
    snapshotRetentionLimit: Int? = nil,
    snapshotWindow: String? = nil,
    preferredMaintenanceWindow: String? = nil,
    autoMinorVersionUpgrade: Bool? = nil,
    notificationTopicArn: StringValue? = nil,
    logDelivery: [LogDelivery] = [],
    dataTiering: Bool? = nil,
    networkType: NetworkType? = nil,
    ipDiscovery: IPDiscovery? = nil,
    snapshotName: StringValue? = nil,
    snapshotArns: [StringValue]? = nil,
    removalPolicy: RemovalPolicy = .snapshot
  ) {
    let clusterModeEnabled = clusterMode.map { $0 == .enabled } ?? (shards > 1)
    let hasReplica = replicasPerShard > 0
    configuration = Configuration(
      shards: shards, replicasPerShard: replicasPerShard, clusterMode: clusterMode,
      clusterModeEnabled: clusterModeEnabled, multiAZ: multiAZ ?? hasReplica,
      automaticFailover: automaticFailover ?? (hasReplica || clusterModeEnabled),
      transitEncryption: transitEncryption, transitEncryptionMode: transitEncryptionMode,
      atRestEncryption: atRestEncryption, kmsKey: kmsKey, authToken: authToken, userGroup: userGroup,
      subnetGroup: subnetGroup, vpcSubnets: vpcSubnets, securityGroups: securityGroups,
      preferredAvailabilityZones: preferredAvailabilityZones, replicationGroupID: replicationGroupID,
      description: description, snapshotRetentionLimit: snapshotRetentionLimit, snapshotWindow: snapshotWindow,
      preferredMaintenanceWindow: preferredMaintenanceWindow, autoMinorVersionUpgrade: autoMinorVersionUpgrade,
      notificationTopicArn: notificationTopicArn, logDelivery: logDelivery,
      dataTiering: dataTiering ?? cacheNodeType.supportsDataTiering, networkType: networkType,
      ipDiscovery: ipDiscovery, snapshotName: snapshotName, snapshotArns: snapshotArns)
    engineChoice = EngineChoice(
      engine: engine, engineVersion: engineVersion, kind: "replication group", supported: ["valkey", "redis"])
    self.engine = engine
    self.engineVersion = engineChoice.renderedVersion
    self.cacheNodeType = cacheNodeType
    self.shards = shards
    self.replicasPerShard = replicasPerShard
    self.clusterModeEnabled = clusterModeEnabled
    self.multiAZ = configuration.multiAZ
    self.automaticFailover = configuration.automaticFailover
    self.port = port ?? engine.defaultPort
    self.transitEncryption = transitEncryption
    self.atRestEncryption = atRestEncryption
    self.kmsKey = kmsKey
    self.userGroup = userGroup
    self.parameterGroup = parameterGroup
    self.vpc = vpc
    super.init(scope, id)
    _ = placement
    _ = logs
    for problem in checks() { node.addProblem(problem) }
    resource.applyRemovalPolicy(removalPolicy)
    if clusterModeEnabled { resource.updatePolicy = ["UseOnlineResharding": true] }
    if let groupResource = userGroup?.userGroupResource { resource.addDependency(groupResource) }
    node.addValidation { [unowned self] report in self.validateAtSynthesis(&report) }
  }

  /// The replication group's id: the given one (in lowercase, as ElastiCache stores it), else `Ref`.
  public var replicationGroupID: StringValue {
    resource.replicationGroupID?.literal.map { StringValue($0.lowercased()) } ?? resource.ref
  }

  /// The replication group's ARN.
  public var replicationGroupArn: StringValue {
    ElastiCacheArn.format(Stack.of(self), resource: "replicationgroup", name: replicationGroupID)
  }

  /// The member clusters: `<id>-001`... (cluster mode disabled) or `<id>-0001-001`... (enabled).
  public var memberClusterIDs: [StringValue] {
    MemberClusters.ids(
      of: replicationGroupID, clusterModeEnabled: clusterModeEnabled == true, shards: shards,
      replicasPerShard: replicasPerShard)
  }

  /// The primary endpoint's address (`Fn::GetAtt PrimaryEndPoint.Address`); cluster mode disabled.
  public var primaryEndpointAddress: StringValue {
    endpoint(resource.attrPrimaryEndPointAddress, "primary endpoint", clusterModeEnabled: false)
  }

  /// The primary endpoint's port (`Fn::GetAtt PrimaryEndPoint.Port`); cluster mode disabled.
  public var primaryEndpointPort: StringValue {
    endpoint(resource.attrPrimaryEndPointPort, "primary endpoint", clusterModeEnabled: false)
  }

  /// The reader endpoint's address (`Fn::GetAtt ReaderEndPoint.Address`); cluster mode disabled.
  public var readerEndpointAddress: StringValue {
    endpoint(resource.attrReaderEndPointAddress, "reader endpoint", clusterModeEnabled: false)
  }

  /// The reader endpoint's port (`Fn::GetAtt ReaderEndPoint.Port`); cluster mode disabled.
  public var readerEndpointPort: StringValue {
    endpoint(resource.attrReaderEndPointPort, "reader endpoint", clusterModeEnabled: false)
  }

  /// The configuration endpoint's address (`Fn::GetAtt ConfigurationEndPoint.Address`); cluster mode enabled.
  public var configurationEndpointAddress: StringValue {
    endpoint(resource.attrConfigurationEndPointAddress, "configuration endpoint", clusterModeEnabled: true)
  }

  /// The configuration endpoint's port (`Fn::GetAtt ConfigurationEndPoint.Port`); cluster mode enabled.
  public var configurationEndpointPort: StringValue {
    endpoint(resource.attrConfigurationEndPointPort, "configuration endpoint", clusterModeEnabled: true)
  }

  /// Applies a removal policy to the replication group resource.
  public func applyRemovalPolicy(_ policy: RemovalPolicy) { resource.applyRemovalPolicy(policy) }

  /// Records that `elasticache:Connect` was granted, for the check that IAM authentication is possible.
  func noteConnectGrant() { connectGranted = true }

  /// An endpoint attribute, recording an error when the group's cluster mode does not have the endpoint.
  private func endpoint(_ attribute: StringValue, _ name: String, clusterModeEnabled needed: Bool) -> StringValue {
    if clusterModeEnabled != needed {
      let mode = needed ? "enabled" : "disabled"
      node.addError(
        .endpointNotAvailable,
        "The replication group has no \(name): only replication groups with cluster mode \(mode) have one.",
        fix: needed
          ? "Read primaryEndpointAddress and readerEndpointAddress, or endpointAddress."
          : "Read configurationEndpointAddress (or endpointAddress), which cluster clients discover the shards from.")
    }
    return attribute
  }

  /// What the group's settings break, found when it is declared.
  private func checks() -> [Problem] {
    let choice = engineChoice
    var problems = choice.problems
    problems += NodeBasedCacheChecks.nodeType(cacheNodeType, engine: choice)
    problems += NodeBasedCacheChecks.identifier(
      configuration.replicationGroupID, of: "replication group", maxLength: 40, code: .invalidReplicationGroupID)
    problems += NodeBasedCacheChecks.description(configuration.description, of: "replication group")
    problems += ReplicationGroupChecks.topology(configuration)
    problems += NodeBasedCacheChecks.port(port)
    problems += ReplicationGroupChecks.security(configuration, engine: choice)
    problems += NodeBasedCacheChecks.parameterGroup(
      parameterGroup, engine: choice, clusterModeEnabled: configuration.clusterModeEnabled)
    if multiAZ, let problem = placement.singleZoneProblem(reason: "Multi-AZ is enabled") { problems.append(problem) }
    problems += NodeBasedCacheChecks.windows(
      snapshotWindow: configuration.snapshotWindow, maintenanceWindow: configuration.preferredMaintenanceWindow,
      retentionLimit: configuration.snapshotRetentionLimit)
    problems += ReplicationGroupChecks.dataTiering(configuration.dataTiering, nodeType: cacheNodeType, engine: choice)
    problems += NodeBasedCacheChecks.logDelivery(configuration.logDelivery, engine: choice)
    problems += NodeBasedCacheChecks.network(
      configuration.networkType, ipDiscovery: configuration.ipDiscovery, engine: choice, nodeType: cacheNodeType)
    problems += NodeBasedCacheChecks.notificationTopic(configuration.notificationTopicArn)
    problems += NodeBasedCacheChecks.snapshotSources(name: configuration.snapshotName, arns: configuration.snapshotArns)
    return problems
  }

  /// What can only be checked once the app is declared: the users of the user group, and the grants.
  private func validateAtSynthesis(_ report: inout ValidationReport) {
    for problem in ReplicationGroupChecks.iamUsers(in: userGroup, engine: engineChoice) { report.add(problem) }
    if connectGranted, !(userGroup?.users ?? []).contains(where: { $0 is IAMUser }) {
      report.warning(
        .connectGrantWithoutIAMAuthentication,
        "elasticache:Connect is granted on the replication group, but its user group has no IAM users, so IAM authentication cannot be used.",
        fix: "Add an IAMUser to the group's user group and grant elasticache:Connect on the user as well.")
    }
  }

  private func makeResource() -> CfnReplicationGroup {
    let settings = configuration
    let clusterModeEnabled = settings.clusterModeEnabled
    let deliveries = logs.deliveries
    return CfnReplicationGroup(
      self,
      "Resource",
      replicationGroupDescription: settings.description ?? "Replication group for \(node.id) cache.",
      atRestEncryptionEnabled: atRestEncryption,
      authToken: settings.authToken?.unsafeUnwrap(),
      automaticFailoverEnabled: automaticFailover,
      autoMinorVersionUpgrade: settings.autoMinorVersionUpgrade,
      cacheNodeType: StringValue(cacheNodeType.name),
      cacheParameterGroupName: parameterGroup?.parameterGroupName
        ?? engineChoice.family.map { StringValue($0.defaultParameterGroupName(clusterModeEnabled: clusterModeEnabled)) },
      cacheSubnetGroupName: subnetGroup.subnetGroupName,
      clusterMode: settings.clusterMode.map { StringValue($0.rawValue) },
      dataTieringEnabled: settings.dataTiering || cacheNodeType.supportsDataTiering ? settings.dataTiering : nil,
      engine: StringValue(engine?.engineType ?? ""),
      engineVersion: engineVersion,
      ipDiscovery: settings.ipDiscovery.map { StringValue($0.rawValue) },
      kmsKeyID: kmsKey?.keyID,
      logDeliveryConfigurations: deliveries.isEmpty ? nil : deliveries.map(Self.render),
      multiAZEnabled: multiAZ,
      networkType: settings.networkType.map { StringValue($0.rawValue) },
      notificationTopicARN: settings.notificationTopicArn,
      numCacheClusters: clusterModeEnabled ? nil : NumberValue(1 + replicasPerShard),
      numNodeGroups: clusterModeEnabled ? NumberValue(shards) : nil,
      port: NumberValue(port),
      preferredCacheClusterAZs: settings.preferredAvailabilityZones.map { StringListValue($0) },
      preferredMaintenanceWindow: settings.preferredMaintenanceWindow.map { StringValue($0) },
      replicasPerNodeGroup: clusterModeEnabled ? NumberValue(replicasPerShard) : nil,
      replicationGroupID: settings.replicationGroupID,
      securityGroupIDs: StringListValue(securityGroups.map(\.securityGroupID)),
      snapshotARNs: settings.snapshotArns.map { StringListValue($0) },
      snapshotName: settings.snapshotName,
      snapshotRetentionLimit: settings.snapshotRetentionLimit.map { NumberValue($0) },
      snapshotWindow: settings.snapshotWindow.map { StringValue($0) },
      transitEncryptionEnabled: transitEncryption,
      transitEncryptionMode: settings.transitEncryptionMode.map { StringValue($0.rawValue) },
      userGroupIDs: userGroup.map { StringListValue([$0.userGroupName]) }
    )
  }

  private static func render(_ delivery: ResolvedLogDelivery)
    -> CfnReplicationGroup.LogDeliveryConfigurationRequestProperty
  {
    .init(
      destinationDetails: .init(
        cloudWatchLogsDetails: delivery.logGroupName.map { .init(logGroup: $0) },
        kinesisFirehoseDetails: delivery.deliveryStreamName.map { .init(deliveryStream: $0) }),
      destinationType: StringValue(delivery.destinationType),
      logFormat: StringValue(delivery.format.rawValue),
      logType: StringValue(delivery.logType.rawValue))
  }

  /// What the group was declared with, defaults applied.
  struct Configuration {
    let shards: Int
    let replicasPerShard: Int
    let clusterMode: ClusterMode?
    let clusterModeEnabled: Bool
    let multiAZ: Bool
    let automaticFailover: Bool
    let transitEncryption: Bool
    let transitEncryptionMode: TransitEncryptionMode?
    let atRestEncryption: Bool
    let kmsKey: (any KMS.KeyProtocol)?
    let authToken: SecretValue?
    let userGroup: (any UserGroupProtocol)?
    let subnetGroup: (any SubnetGroupProtocol)?
    let vpcSubnets: EC2.SubnetSelection?
    let securityGroups: [any EC2.SecurityGroupProtocol]?
    let preferredAvailabilityZones: [StringValue]?
    let replicationGroupID: StringValue?
    let description: StringValue?
    let snapshotRetentionLimit: Int?
    let snapshotWindow: String?
    let preferredMaintenanceWindow: String?
    let autoMinorVersionUpgrade: Bool?
    let notificationTopicArn: StringValue?
    let logDelivery: [LogDelivery]
    let dataTiering: Bool
    let networkType: NetworkType?
    let ipDiscovery: IPDiscovery?
    let snapshotName: StringValue?
    let snapshotArns: [StringValue]?
  }
}
