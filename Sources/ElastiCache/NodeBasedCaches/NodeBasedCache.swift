public import AWSEC2
public import AWSLogs
public import Constructs

/// What replication groups and cache clusters share: the engine and its version, the node type, the port
/// and the parameter group, where the nodes run (the subnet group and the security groups), the log
/// deliveries and the connections, and the checks of the settings they have in common.
public class NodeBasedCache: Construct {
  /// The engine.
  public let engine: CacheEngine?
  /// The engine version: the given one, or the newest known version of the engine's major version.
  public let engineVersion: StringValue?
  /// The node type of every node.
  public let cacheNodeType: CacheNodeType
  /// The port every node accepts connections on.
  public let port: Int
  /// The parameter group given, if any (else the family's default group is used).
  public let parameterGroup: (any ParameterGroupProtocol)?
  /// The VPC.
  public let vpc: any EC2.VPCProtocol
  /// The engine and version, and what is wrong with them.
  let engineChoice: EngineChoice
  /// The settings every node-based cache has, as declared.
  let common: CommonSettings

  /// Where the nodes run: the subnet group and the security groups.
  private lazy var placement = CachePlacement(
    of: self, vpc: vpc, subnetGroup: common.subnetGroup, vpcSubnets: common.vpcSubnets,
    securityGroups: common.securityGroups)

  /// The log deliveries, with the log groups created for them.
  private(set) lazy var logDeliveries = ResolvedLogDelivery.resolve(common.logDelivery, in: self)

  /// The subnet group: the given one, or the one created from the subnet selection.
  public var subnetGroup: any SubnetGroupProtocol { placement.subnetGroup }

  /// The security groups: the given ones, or the one created for the cache.
  public var securityGroups: [any EC2.SecurityGroupProtocol] { placement.securityGroups }

  /// The log groups the logs are delivered to, by log type: the given ones and those created.
  public var logGroups: [LogDelivery.LogType: any Logs.LogGroupProtocol] { logDeliveries.logGroups }

  /// The cache's security groups and its port.
  public private(set) lazy var connections = EC2.Connections(
    securityGroups: securityGroups, defaultPort: EC2.Port.tcp(port), owner: self)

  /// A cache in `vpc`; its subnet group, security group and log groups are created as needed.
  init(
    _ scope: Construct,
    _ id: String,
    vpc: any EC2.VPCProtocol,
    engineChoice: EngineChoice,
    cacheNodeType: CacheNodeType,
    port: Int?,
    parameterGroup: (any ParameterGroupProtocol)?,
    common: CommonSettings
  ) {
    engine = engineChoice.engine
    engineVersion = engineChoice.renderedVersion
    self.engineChoice = engineChoice
    self.cacheNodeType = cacheNodeType
    self.port = port ?? engineChoice.engine.defaultPort
    self.parameterGroup = parameterGroup
    self.vpc = vpc
    self.common = common
    super.init(scope, id)
    _ = placement
    _ = logDeliveries
  }

  /// What the settings every node-based cache has break: the engine, the node type, the id (of `kind`, at
  /// most `maxLength` characters, reported as `code`), the port, the parameter group (whose cluster mode
  /// must be `clusterModeEnabled` when that is not `nil`), the windows, the logs, the network, the
  /// notifications and the snapshot to restore; and a cache that spreads its nodes across zones
  /// (`spreadAcrossZones`, said so) in subnets of one zone.
  func commonProblems(
    kind: String, maxLength: Int, code: ProblemCode, clusterModeEnabled: Bool?, spreadAcrossZones: String?
  ) -> [Problem] {
    let memcached = engineChoice.engine.isMemcached
    var problems = engineChoice.problems
    problems += NodeBasedCacheChecks.nodeType(cacheNodeType, engine: engineChoice)
    problems += NodeBasedCacheChecks.identifier(common.identifier, of: kind, maxLength: maxLength, code: code)
    problems += NodeBasedCacheChecks.port(port)
    problems += NodeBasedCacheChecks.parameterGroup(
      parameterGroup, engine: engineChoice, clusterModeEnabled: clusterModeEnabled)
    if let spreadAcrossZones, let problem = placement.singleZoneProblem(reason: spreadAcrossZones) {
      problems.append(problem)
    }
    problems += NodeBasedCacheChecks.windows(
      snapshotWindow: common.snapshotWindow, maintenanceWindow: common.preferredMaintenanceWindow,
      retentionLimit: memcached ? nil : common.snapshotRetentionLimit
    ).filter { !memcached || $0.code != .snapshotWindowWithoutRetention }
    problems += NodeBasedCacheChecks.logDelivery(common.logDelivery, engine: engineChoice)
    problems += NodeBasedCacheChecks.network(
      common.networkType, ipDiscovery: common.ipDiscovery, engine: engineChoice, nodeType: cacheNodeType)
    problems += NodeBasedCacheChecks.notificationTopic(common.notificationTopicArn)
    problems += NodeBasedCacheChecks.snapshotSources(name: common.snapshotName, arns: common.snapshotArns)
    return problems
  }

  /// The name of the parameter group: the given group's, else the default group of the version's family
  /// (with cluster mode enabled: its `.cluster.on` group); `nil` when the version is known only at deployment.
  func parameterGroupName(clusterModeEnabled: Bool) -> StringValue? {
    parameterGroup?.parameterGroupName
      ?? engineChoice.family.map { StringValue($0.defaultParameterGroupName(clusterModeEnabled: clusterModeEnabled)) }
  }
}

/// The settings replication groups and cache clusters share, as declared.
struct CommonSettings {
  let identifier: StringValue?
  let subnetGroup: (any SubnetGroupProtocol)?
  let vpcSubnets: EC2.SubnetSelection?
  let securityGroups: [any EC2.SecurityGroupProtocol]?
  let snapshotRetentionLimit: Int?
  let snapshotWindow: String?
  let preferredMaintenanceWindow: String?
  let autoMinorVersionUpgrade: Bool?
  let notificationTopicArn: StringValue?
  let logDelivery: [LogDelivery]
  let networkType: NetworkType?
  let ipDiscovery: IPDiscovery?
  let snapshotName: StringValue?
  let snapshotArns: [StringValue]?
}
