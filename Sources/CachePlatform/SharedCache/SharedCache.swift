public import AWSCloudWatch
public import AWSEC2
public import AWSKMS
public import AWSSSM
public import Constructs
public import ElastiCache

/// The platform's shared cache: a serverless cache whose user group keeps the built-in default user
/// out (with a closed `default` user where the engine needs one), exports of what services need
/// (SSM parameters under ``parameterPrefix`` and, optionally, CloudFormation exports) and baseline alarms.
///
/// ```swift
/// let shared = SharedCache(platformStack, "SharedCache", platformName: "payments", vpc: vpc)
/// ```
public final class SharedCache: Construct, SharedCacheReference {
  /// The platform's name.
  public let platformName: String
  /// The engine.
  public let engine: CacheEngine
  /// The prefix of the SSM parameters, `/cache-platform/<platformName>` by default.
  public let parameterPrefix: String
  private let settings: Settings

  /// The closed `default` user (`off -@all`) for engines whose groups need one (Redis OSS); `nil` for Valkey,
  /// whose groups keep out everyone who is not a member.
  public private(set) lazy var defaultUser: NoPasswordUser? =
    engine.engineType == UserEngine.redis.engineType
    ? NoPasswordUser(
      self, "DefaultUser", engine: .redis, userId: "\(settings.platformUserName)-default", userName: "default",
      accessControl: .fromAccessString("off -@all"))
    : nil

  /// The user group services join.
  public private(set) lazy var userGroup: UserGroup = UserGroup(
    self, "UserGroup", userGroupName: settings.userGroupName, engine: .of(engine.engineType),
    users: defaultUser.map { [$0] } ?? [])

  /// The serverless cache.
  public private(set) lazy var serverlessCache: ServerlessCache = ServerlessCache(
    self, "Cache", vpc: settings.vpc, engine: engine, serverlessCacheName: settings.serverlessCacheName,
    description: settings.description, cacheUsageLimits: settings.cacheUsageLimits, backup: settings.backup,
    kmsKey: settings.kmsKey, vpcSubnets: settings.vpcSubnets, securityGroups: settings.securityGroups,
    userGroup: userGroup)

  /// The SSM parameters services read: endpoint address and port, user group id, security group id, cache name.
  public private(set) var parameters: [SSM.StringParameter] = []
  /// The baseline alarms.
  public private(set) var alarms: [CloudWatch.Alarm] = []

  /// A shared cache for `platformName` in `vpc`; the cache settings are those of ``ServerlessCache``.
  ///
  /// - Parameters:
  ///   - userGroupName: the user group's name; `<platformName>-users` by default.
  ///   - parameterPrefix: where the SSM parameters go; `/cache-platform/<platformName>` by default.
  ///   - exportNamePrefix: when set, the same values are also CloudFormation exports named `<prefix>-EndpointAddress`...
  ///   - alarms: the baseline alarms; `.none` for none.
  public init(
    _ scope: Construct,
    _ id: String,
    platformName: String,
    vpc: any EC2.VPCProtocol,
    engine: CacheEngine = .valkeyLatest,
    serverlessCacheName: StringValue? = nil,
    description: StringValue? = nil,
    cacheUsageLimits: CacheUsageLimits? = nil,
    backup: BackupSettings? = nil,
    kmsKey: (any KMS.KeyProtocol)? = nil,
    vpcSubnets: EC2.SubnetSelection? = nil,
    securityGroups: [any EC2.SecurityGroupProtocol]? = nil,
    userGroupName: StringValue? = nil,
    parameterPrefix: String? = nil,
    exportNamePrefix: String? = nil,
    alarms alarmSettings: BaselineAlarms = BaselineAlarms()
  ) {
    self.platformName = platformName
    self.engine = engine
    self.parameterPrefix = parameterPrefix ?? Self.defaultParameterPrefix(platformName: platformName)
    let platformUserName = ServiceUserName.normalize(platformName) ?? ""
    settings = Settings(
      platformUserName: platformUserName, vpc: vpc, serverlessCacheName: serverlessCacheName, description: description,
      cacheUsageLimits: cacheUsageLimits, backup: backup, kmsKey: kmsKey, vpcSubnets: vpcSubnets,
      securityGroups: securityGroups,
      userGroupName: userGroupName ?? StringValue("\(platformUserName)-users"))
    super.init(scope, id)
    if platformUserName.isEmpty {
      node.addError(
        "InvalidPlatformName",
        "Platform name '\(platformName)' has no letters or digits. Name the platform so that its users and user group "
          + "get readable names, e.g. 'payments'.")
    }
    _ = serverlessCache
    exportValues(exportNamePrefix: exportNamePrefix)
    addAlarms(alarmSettings)
  }

  /// The SSM parameter prefix of a platform, `/cache-platform/<platformName>`.
  public static func defaultParameterPrefix(platformName: String) -> String { "/cache-platform/\(platformName)" }

  public var endpointAddress: StringValue { serverlessCache.serverlessCacheEndpointAddress }
  public var endpointPort: StringValue { serverlessCache.serverlessCacheEndpointPort }
  public var userGroupId: StringValue { userGroup.userGroupName }
  public var cache: any ServerlessCacheProtocol { serverlessCache }

  private func exportValues(exportNamePrefix: String?) {
    let securityGroupIDs = serverlessCache.securityGroups ?? []
    var exported: [(name: SharedCacheExport, value: StringValue)] = [
      (.endpointAddress, endpointAddress), (.endpointPort, endpointPort), (.userGroupId, userGroupId),
      (.cacheName, serverlessCache.serverlessCacheName),
    ]
    if let securityGroup = securityGroupIDs.first { exported.append((.securityGroupId, securityGroup.securityGroupID)) }
    for (export, value) in exported {
      parameters.append(
        SSM.StringParameter(
          self, export.constructID, stringValue: value,
          parameterName: StringValue(export.parameterName(prefix: parameterPrefix)),
          description: StringValue("\(export.summary) of the shared cache of platform \(platformName)")))
      if let exportNamePrefix {
        _ = CfnOutput(
          self, "\(export.constructID)Output", value: value, description: export.summary,
          exportName: StringValue("\(exportNamePrefix)-\(export.constructID)"))
      }
    }
  }

  private func addAlarms(_ settings: BaselineAlarms) {
    let candidates: [(String, CloudWatch.Metric, BaselineAlarms.Threshold?, String)] = [
      (
        "ProcessingUnitsAlarm", serverlessCache.metricProcessingUnitsConsumed(), settings.processingUnits,
        "ECPU consumption"
      ),
      ("DataStoredAlarm", serverlessCache.metricDataStored(), settings.dataStored, "data stored"),
      ("ConnectionsAlarm", serverlessCache.metricActiveConnections(), settings.connections, "client connections"),
    ]
    for (id, metric, threshold, summary) in candidates {
      guard let threshold else { continue }
      alarms.append(
        metric.createAlarm(
          self, id, threshold: threshold.threshold, evaluationPeriods: threshold.evaluationPeriods,
          treatMissingData: .notBreaching,
          alarmDescription: "The shared cache of platform \(platformName): \(summary) at or above its baseline."))
    }
  }

  /// What a ``SharedCache`` is built from.
  private struct Settings {
    let platformUserName: String
    let vpc: any EC2.VPCProtocol
    let serverlessCacheName: StringValue?
    let description: StringValue?
    let cacheUsageLimits: CacheUsageLimits?
    let backup: BackupSettings?
    let kmsKey: (any KMS.KeyProtocol)?
    let vpcSubnets: EC2.SubnetSelection?
    let securityGroups: [any EC2.SecurityGroupProtocol]?
    let userGroupName: StringValue
  }
}
