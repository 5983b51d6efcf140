public import Constructs

extension ProblemCode {
  /// A service name is not a literal name, so it cannot be the service's keyspace.
  public static let invalidServiceName = ProblemCode(
    "InvalidServiceName", module: "CachePlatform",
    summary: "A service name has characters other than letters, digits, '-', '_', '.' and separating ':'.")

  /// A keyspace is not a literal name.
  public static let invalidKeyspace = ProblemCode(
    "InvalidKeyspace", module: "CachePlatform",
    summary: "A keyspace is empty, too long, or has glob, ACL or other characters that are not part of a name.")

  /// A shared prefix is not a literal name.
  public static let invalidSharedPrefix = ProblemCode(
    "InvalidSharedPrefix", module: "CachePlatform",
    summary: "A shared key prefix is empty, too long, or has glob, ACL or other characters.")

  /// A channel is not a literal name.
  public static let invalidChannel = ProblemCode(
    "InvalidChannel", module: "CachePlatform",
    summary: "A pub/sub channel is empty, too long, or has glob, ACL or other characters.")

  /// Two services of one shared cache have the same keyspace, or one's keyspace contains the other's.
  public static let overlappingKeyspaces = ProblemCode(
    "OverlappingKeyspaces", module: "CachePlatform",
    summary: "Two services of one shared cache share keys: equal keyspaces, or one is the other's followed by ':'.")

  /// A shared prefix of one service reaches into another service's keyspace.
  public static let sharedPrefixInKeyspace = ProblemCode(
    "SharedPrefixInKeyspace", module: "CachePlatform",
    summary: "A shared key prefix of one service matches keys of another service's keyspace.")

  /// A channel of one service lies in the channels of another service's keyspace.
  public static let channelInKeyspace = ProblemCode(
    "ChannelInKeyspace", module: "CachePlatform",
    summary: "A channel a service declares lies in another service's channels ('<keyspace>:*').")

  /// A service runs with the seed's permissive access string.
  public static let unconfinedServiceAccess = ProblemCode(
    "UnconfinedServiceAccess", module: "CachePlatform", severity: .warning,
    summary:
      "A service may run commands on the whole cache (FLUSHALL, KEYS, SCAN...), so it can touch other services' keys.")
}

/// The problems of keyspace isolation in the shared cache, for the module's catalog.
public enum KeyspaceIsolationProblems: ProblemCatalog {
  public static let codes: [ProblemCode] = [
    .invalidServiceName, .invalidKeyspace, .invalidSharedPrefix, .invalidChannel, .overlappingKeyspaces,
    .sharedPrefixInKeyspace, .channelInKeyspace, .unconfinedServiceAccess,
  ]
}
