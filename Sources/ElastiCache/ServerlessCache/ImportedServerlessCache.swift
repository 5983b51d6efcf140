public import AWSEC2
public import AWSKMS
public import Constructs

/// A serverless cache that exists outside the app, imported by name, ARN or attributes.
final class ImportedServerlessCache: Construct, ServerlessCacheProtocol {
  let engine: CacheEngine?
  let serverlessCacheName: StringValue
  let serverlessCacheArn: StringValue
  let backupArnsToRestore: [StringValue]?
  let kmsKey: (any KMS.KeyProtocol)?
  let vpc: (any EC2.VPCProtocol)?
  let subnets: [any EC2.SubnetProtocol]?
  let securityGroups: [any EC2.SecurityGroupProtocol]?
  let userGroup: (any UserGroupProtocol)?
  /// The given security groups; the default port follows the engine (none when the engine is unknown).
  /// Problems, such as `allowDefaultPortFrom` without a default port, are recorded on the import.
  private(set) lazy var connections = EC2.Connections(
    securityGroups: securityGroups ?? [],
    defaultPort: engine.flatMap { Self.knownEngineTypes.contains($0.engineType) ? EC2.Port.tcp($0.defaultPort) : nil },
    owner: self
  )

  /// The engines whose default port is known.
  private static let knownEngineTypes: Set<String> = ["valkey", "redis", "memcached"]

  init(_ scope: Construct, _ id: String, attributes: ServerlessCache.Attributes) {
    engine = attributes.engine
    backupArnsToRestore = attributes.backupArnsToRestore
    kmsKey = attributes.kmsKey
    vpc = attributes.vpc
    subnets = attributes.subnets
    securityGroups = attributes.securityGroups
    userGroup = attributes.userGroup
    let identity = ElastiCacheArn.importIdentity(
      name: attributes.serverlessCacheName, arn: attributes.serverlessCacheArn, resource: "serverlesscache", in: scope,
      problems: .init(
        conflicting: .init(
          "ConflictingCacheIdentifiers", "Only one of serverlessCacheArn or serverlessCacheName can be provided."),
        arnWithoutName: .init("InvalidCacheArn", "Unable to extract serverless cache name from ARN."),
        missing: .init("MissingCacheIdentifier", "One of serverlessCacheName or serverlessCacheArn is required.")))
    serverlessCacheName = identity.name
    serverlessCacheArn = identity.arn
    super.init(scope, id)
    if let problem = identity.problem { node.addError(problem.code, problem.message) }
    if let engine, !Self.knownEngineTypes.contains(engine.engineType) {
      node.addError("UnsupportedCacheEngine", "Unsupported cache engine: \(engine)")
    }
  }
}

extension ServerlessCache {
  /// What is known of an existing serverless cache; give exactly one of name and ARN.
  public struct Attributes {
    /// The engine; it decides the default port (6379, or 11211 for Memcached).
    public var engine: CacheEngine?
    /// The cache's name.
    public var serverlessCacheName: StringValue?
    /// The cache's ARN (`arn:aws:elasticache:<region>:<account>:serverlesscache:<name>`).
    public var serverlessCacheArn: StringValue?
    /// ARNs of snapshots restored into the cache.
    public var backupArnsToRestore: [StringValue]?
    /// The key that encrypts the cache.
    public var kmsKey: (any KMS.KeyProtocol)?
    /// The VPC the cache is in.
    public var vpc: (any EC2.VPCProtocol)?
    /// The subnets the cache is in.
    public var subnets: [any EC2.SubnetProtocol]?
    /// The cache's security groups.
    public var securityGroups: [any EC2.SecurityGroupProtocol]?
    /// The cache's user group.
    public var userGroup: (any UserGroupProtocol)?
  }

  /// An existing serverless cache, by name.
  public static func fromServerlessCacheName(_ scope: Construct, _ id: String, _ serverlessCacheName: StringValue)
    -> any ServerlessCacheProtocol
  {
    fromServerlessCacheAttributes(scope, id, serverlessCacheName: serverlessCacheName)
  }

  /// An existing serverless cache, by ARN.
  public static func fromServerlessCacheArn(_ scope: Construct, _ id: String, _ serverlessCacheArn: StringValue)
    -> any ServerlessCacheProtocol
  {
    fromServerlessCacheAttributes(scope, id, serverlessCacheArn: serverlessCacheArn)
  }

  /// An existing serverless cache from its attributes; give exactly one of `serverlessCacheName` and
  /// `serverlessCacheArn`.
  public static func fromServerlessCacheAttributes(
    _ scope: Construct,
    _ id: String,
    engine: CacheEngine? = nil,
    serverlessCacheName: StringValue? = nil,
    serverlessCacheArn: StringValue? = nil,
    backupArnsToRestore: [StringValue]? = nil,
    kmsKey: (any KMS.KeyProtocol)? = nil,
    vpc: (any EC2.VPCProtocol)? = nil,
    subnets: [any EC2.SubnetProtocol]? = nil,
    securityGroups: [any EC2.SecurityGroupProtocol]? = nil,
    userGroup: (any UserGroupProtocol)? = nil
  ) -> any ServerlessCacheProtocol {
    ImportedServerlessCache(
      scope,
      id,
      attributes: Attributes(
        engine: engine, serverlessCacheName: serverlessCacheName, serverlessCacheArn: serverlessCacheArn,
        backupArnsToRestore: backupArnsToRestore, kmsKey: kmsKey, vpc: vpc, subnets: subnets,
        securityGroups: securityGroups, userGroup: userGroup)
    )
  }
}
