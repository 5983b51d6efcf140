public import AWSEC2
import AWSEvents
public import AWSKMS
public import Constructs

/// A serverless cache (`AWS::ElastiCache::ServerlessCache`) running Valkey, Redis OSS or Memcached in a
/// VPC: it scales automatically, encrypts at rest, and controls access with security groups and, for
/// Valkey and Redis OSS, a user group.
///
/// ```swift
/// let cache = ServerlessCache(stack, "Cache", vpc: vpc)
/// cache.connections.allowDefaultPortFrom(function)
/// cache.grantConnect(function)
/// ```
public final class ServerlessCache: Construct, ServerlessCacheProtocol {
  /// The engine.
  public let engine: CacheEngine?
  /// The ARNs of snapshots restored into the cache.
  public let backupArnsToRestore: [StringValue]?
  /// The key that encrypts the cache at rest (an AWS owned key when `nil`).
  public let kmsKey: (any KMS.KeyProtocol)?
  /// The VPC the cache is in.
  public let vpc: (any EC2.VPCProtocol)?
  /// The user group that controls access.
  public let userGroup: (any UserGroupProtocol)?
  /// The subnets the cache is in; `nil` when the selection is empty.
  public private(set) var subnets: [any EC2.SubnetProtocol]?
  /// The cache's security groups: the given ones, or the one created for it.
  public private(set) var securityGroups: [any EC2.SecurityGroupProtocol]?
  private let settings: Settings

  /// The cache's name: the given one, or one generated from the construct path (at most 40 characters,
  /// case kept).
  public private(set) lazy var serverlessCacheName: StringValue =
    settings.name ?? Lazy.string { [unowned self] in StringValue(Names.uniqueResourceName(self, maxLength: 40)) }

  /// The `AWS::ElastiCache::ServerlessCache` resource.
  public private(set) lazy var resource: CfnServerlessCache = makeResource()

  /// The cache's security groups and its default port: the endpoint's port.
  public private(set) lazy var connections = EC2.Connections(
    securityGroups: securityGroups ?? [],
    defaultPort: EC2.Port.tcp(resource.getAttToken("Endpoint.Port").asNumber),
    owner: self
  )

  /// A serverless cache in `vpc`, Valkey (latest version) by default.
  public init(
    _ scope: Construct,
    _ id: String,
    vpc: any EC2.VPCProtocol,
    engine: CacheEngine = .valkeyLatest,
    serverlessCacheName: StringValue? = nil,
    description: StringValue? = nil,
    cacheUsageLimits: CacheUsageLimits? = nil,
    backup: BackupSettings? = nil,
    kmsKey: (any KMS.KeyProtocol)? = nil,
    vpcSubnets: EC2.SubnetSelection? = nil,
    securityGroups: [any EC2.SecurityGroupProtocol]? = nil,
    userGroup: (any UserGroupProtocol)? = nil
  ) {
    self.engine = engine
    self.backupArnsToRestore = backup?.backupArnsToRestore
    self.kmsKey = kmsKey
    self.vpc = vpc
    self.userGroup = userGroup
    self.settings = Settings(
      name: serverlessCacheName, description: description, usageLimits: cacheUsageLimits, backup: backup,
      vpcSubnets: vpcSubnets
    )
    super.init(scope, id)
    for finding in ServerlessCacheChecks.findings(engine: engine, settings: settings, userGroup: userGroup) {
      node.addError(finding.code, finding.message)
    }
    backup?.backupTime?.recordValidationError(on: self)
    // A selection the VPC cannot satisfy is recorded on the cache with the EC2 module's code and message.
    let selected = vpc.selectSubnets(
      vpcSubnets ?? EC2.SubnetSelection(subnetType: .privateWithEgress), recordingErrorsOn: self)
    subnets = selected.subnets.isEmpty ? nil : selected.subnets
    if let securityGroups, !securityGroups.isEmpty {
      self.securityGroups = securityGroups
    } else {
      self.securityGroups = [
        EC2.SecurityGroup(
          self, "SecurityGroup", vpc: vpc,
          description: EC2.SecurityGroup.sanitizedDescription("Security group for \(id) cache."))
      ]
    }
    _ = resource
    if let groupResource = userGroup?.userGroupResource { resource.addDependency(groupResource) }
  }

  /// The cache's ARN (`Fn::GetAtt ARN`).
  public var serverlessCacheArn: StringValue { resource.attrARN }
  /// The endpoint's address.
  public var serverlessCacheEndpointAddress: StringValue { resource.attrEndpointAddress }
  /// The endpoint's port (a string, as CloudFormation returns it).
  public var serverlessCacheEndpointPort: StringValue { resource.attrEndpointPort }
  /// The reader endpoint's address.
  public var serverlessCacheReaderEndpointAddress: StringValue { resource.attrReaderEndpointAddress }
  /// The reader endpoint's port.
  public var serverlessCacheReaderEndpointPort: StringValue { resource.attrReaderEndpointPort }
  /// The cache's status: `CREATING`, `AVAILABLE`, `DELETING`, `CREATE-FAILED` or `MODIFYING`.
  public var serverlessCacheStatus: StringValue { resource.attrStatus }

  /// Applies a removal policy to the cache resource.
  public func applyRemovalPolicy(_ policy: RemovalPolicy) { resource.applyRemovalPolicy(policy) }

  private func makeResource() -> CfnServerlessCache {
    let limits = settings.usageLimits
    let backup = settings.backup
    let resource = CfnServerlessCache(
      self,
      "Resource",
      engine: StringValue(engine?.engineType ?? ""),
      serverlessCacheName: serverlessCacheName,
      cacheUsageLimits: limits.flatMap(Self.render),
      dailySnapshotTime: backup?.backupTime.flatMap { BackupTime.dailyTime(of: $0) }.map { StringValue($0) },
      finalSnapshotName: backup?.backupNameBeforeDeletion,
      kmsKeyID: kmsKey?.keyID,
      majorEngineVersion: engine?.majorEngineVersion.map { StringValue($0) },
      securityGroupIDs: StringListValue((securityGroups ?? []).map(\.securityGroupID)),
      serverlessCacheDescription: settings.description,
      snapshotARNsToRestore: backup?.backupArnsToRestore.map { StringListValue($0) },
      snapshotRetentionLimit: backup?.backupRetentionLimit.map { NumberValue($0) },
      subnetIDs: subnets.map { StringListValue($0.map(\.subnetID)) },
      userGroupID: userGroup?.userGroupName
    )
    // The cache checks these itself, with the AWS CDK's messages; a user group it owns checks its id.
    for property in ["CacheUsageLimits", "Description", "FinalSnapshotName", "SnapshotRetentionLimit"] {
      resource.leaveChecks(of: property)
    }
    if userGroup?.userGroupResource != nil { resource.leaveChecks(of: "UserGroupId") }
    return resource
  }

  private static func render(_ limits: CacheUsageLimits) -> CfnServerlessCache.CacheUsageLimitsProperty? {
    let minimum = limits.dataStorageMinimumSize.flatMap { try? $0.toGibibytes() }
    let maximum = limits.dataStorageMaximumSize.flatMap { try? $0.toGibibytes() }
    let storage =
      limits.dataStorageMinimumSize == nil && limits.dataStorageMaximumSize == nil
      ? nil
      : CfnServerlessCache.DataStorageProperty(
        unit: "GB", maximum: maximum.map { NumberValue($0) }, minimum: minimum.map { NumberValue($0) })
    let rate =
      limits.requestRateLimitMinimum == nil && limits.requestRateLimitMaximum == nil
      ? nil
      : CfnServerlessCache.ECPUPerSecondProperty(
        maximum: limits.requestRateLimitMaximum.map { NumberValue($0) },
        minimum: limits.requestRateLimitMinimum.map { NumberValue($0) })
    guard storage != nil || rate != nil else { return nil }
    return CfnServerlessCache.CacheUsageLimitsProperty(dataStorage: storage, ecpuPerSecond: rate)
  }

  /// The settings of the cache that the resource is built from.
  struct Settings {
    let name: StringValue?
    let description: StringValue?
    let usageLimits: CacheUsageLimits?
    let backup: BackupSettings?
    let vpcSubnets: EC2.SubnetSelection?
  }
}
