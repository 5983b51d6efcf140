import AWSEC2
import AWSSSM
public import Constructs
public import ElastiCache

/// A shared cache of another app, found through the SSM parameters its platform stack exports.
final class ImportedSharedCache: Construct, SharedCacheReference {
  let platformName: String
  let engine: CacheEngine
  let endpointAddress: StringValue
  let endpointPort: StringValue
  let userGroupId: StringValue
  private let securityGroupID: StringValue
  private let cacheName: StringValue
  private(set) lazy var cache: any ServerlessCacheProtocol = ServerlessCache.fromServerlessCacheAttributes(
    self, "Cache", engine: engine, serverlessCacheName: cacheName,
    securityGroups: [EC2.SecurityGroup.fromSecurityGroupId(self, "SecurityGroup", securityGroupID)])

  init(_ scope: Construct, _ id: String, platformName: String, parameterPrefix: String, engine: CacheEngine) {
    self.platformName = platformName
    self.engine = engine
    func value(_ export: SharedCacheExport) -> StringValue {
      SSM.StringParameter.valueForStringParameter(scope, StringValue(export.parameterName(prefix: parameterPrefix)))
    }
    endpointAddress = value(.endpointAddress)
    endpointPort = value(.endpointPort)
    userGroupId = value(.userGroupId)
    securityGroupID = value(.securityGroupId)
    cacheName = value(.cacheName)
    super.init(scope, id)
    _ = cache
  }
}

extension SharedCache {
  /// The shared cache of platform `platformName`, looked up at deployment from the SSM parameters its
  /// platform stack exports (under `parameterPrefix`, `/cache-platform/<platformName>` by default).
  public static func fromParameters(
    _ scope: Construct,
    _ id: String,
    platformName: String,
    parameterPrefix: String? = nil,
    engine: CacheEngine = .valkeyLatest
  ) -> any SharedCacheReference {
    ImportedSharedCache(
      scope, id, platformName: platformName,
      parameterPrefix: parameterPrefix ?? defaultParameterPrefix(platformName: platformName), engine: engine)
  }
}
