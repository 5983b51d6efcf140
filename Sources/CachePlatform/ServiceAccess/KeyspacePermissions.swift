/// What a service may do in the shared cache: its own keyspace, shared prefixes, channels and command
/// categories, rendered as an ElastiCache access string.
public struct KeyspacePermissions: Sendable, Equatable {
  /// Whether the service may only read (`+@read`) instead of running every command (`+@all`).
  public var readOnly: Bool
  /// Key prefixes shared by all services, each granted as `~<prefix>:*`.
  public var sharedPrefixes: [String]
  /// Pub/sub channel patterns the service may use, each granted as `&<pattern>`; none by default.
  public var channels: [String]
  /// Whether to deny the `@dangerous` command category (`FLUSHALL`, `KEYS`, `CONFIG`...).
  public var denyDangerousCommands: Bool

  /// Permissions for a service's keyspace; by default read-write, sharing the `common` prefix.
  public init(
    readOnly: Bool = false,
    sharedPrefixes: [String] = ["common"],
    channels: [String] = [],
    denyDangerousCommands: Bool = false
  ) {
    self.readOnly = readOnly
    self.sharedPrefixes = sharedPrefixes
    self.channels = channels
    self.denyDangerousCommands = denyDangerousCommands
  }

  /// The access string for `keyspace`, e.g. `on ~enrollment-api:* ~common:* +@all`.
  public func accessString(keyspace: String) -> String {
    var rules = ["on", "~\(keyspace):*"]
    rules += sharedPrefixes.map { "~\($0):*" }
    rules += channels.map { "&\($0)" }
    rules.append(readOnly ? "+@read" : "+@all")
    if denyDangerousCommands { rules.append("-@dangerous") }
    return rules.joined(separator: " ")
  }
}
