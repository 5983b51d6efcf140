public import AWSEC2
public import Constructs

extension CacheCluster {
  /// An existing cache cluster, by id.
  public static func fromCacheClusterID(_ scope: Construct, _ id: String, _ cacheClusterID: StringValue)
    -> any CacheClusterProtocol
  {
    fromCacheClusterAttributes(scope, id, cacheClusterID: cacheClusterID)
  }

  /// An existing cache cluster from its attributes; its endpoint is known when given here.
  public static func fromCacheClusterAttributes(
    _ scope: Construct,
    _ id: String,
    cacheClusterID: StringValue,
    engine: CacheEngine? = nil,
    port: Int? = nil,
    securityGroups: [any EC2.SecurityGroupProtocol] = [],
    endpointAddress: StringValue? = nil,
    endpointPort: StringValue? = nil
  ) -> any CacheClusterProtocol {
    ImportedCacheCluster(
      scope, id, cacheClusterID: cacheClusterID, engine: engine, port: port, securityGroups: securityGroups,
      endpointAddress: endpointAddress, endpointPort: endpointPort)
  }
}

/// A cache cluster that exists outside the app.
final class ImportedCacheCluster: Construct, CacheClusterProtocol {
  let engine: CacheEngine?
  let cacheClusterID: StringValue
  private let port: Int
  private let securityGroups: [any EC2.SecurityGroupProtocol]
  private let givenEndpointAddress: StringValue?
  private let givenEndpointPort: StringValue?

  /// The given security groups, and the given port (else the engine's).
  private(set) lazy var connections = EC2.Connections(
    securityGroups: securityGroups, defaultPort: EC2.Port.tcp(port), owner: self)

  init(
    _ scope: Construct, _ id: String, cacheClusterID: StringValue, engine: CacheEngine?, port: Int?,
    securityGroups: [any EC2.SecurityGroupProtocol], endpointAddress: StringValue?, endpointPort: StringValue?
  ) {
    self.engine = engine
    self.cacheClusterID = cacheClusterID.literal.map { StringValue($0.lowercased()) } ?? cacheClusterID
    self.port = port ?? (engine ?? .memcachedLatest).defaultPort
    self.securityGroups = securityGroups
    givenEndpointAddress = endpointAddress
    givenEndpointPort = endpointPort
    super.init(scope, id)
    if cacheClusterID.literal?.isEmpty == true {
      node.addError(
        .missingCacheClusterIdentifier, "The imported cache cluster's id is empty.",
        fix: "Give the id of the existing cache cluster, such as 'sessions-memcached'.")
    } else {
      for problem in NodeBasedCacheChecks.identifier(
        cacheClusterID, of: "cache cluster", maxLength: 50, code: .invalidCacheClusterID)
      {
        node.addProblem(problem)
      }
    }
  }

  var cacheClusterArn: StringValue { ElastiCacheArn.format(Stack.of(self), resource: "cluster", name: cacheClusterID) }

  var endpointAddress: StringValue {
    if let givenEndpointAddress { return givenEndpointAddress }
    node.addError(
      .endpointNotAvailable, "The imported cache cluster was not given its endpointAddress.",
      fix: "Pass endpointAddress: to CacheCluster.fromCacheClusterAttributes.")
    return ""
  }

  var endpointPort: StringValue { givenEndpointPort ?? StringValue(String(port)) }
}
