/// What a service may do in the shared cache: its own keyspace, shared prefixes, channels and commands,
/// rendered as an ElastiCache access string.
///
/// By default a service is confined to its keyspace (``CommandScope/keyspace``): it may run the commands
/// a cache-aside service needs on its own keys (strings, hashes, lists, sets, sorted sets, streams, expiry,
/// transactions, pipelining, Lua and functions on its keys) and none that acts on the whole keyspace or the
/// server (``KeyspaceConfinement``). Its channels are `<keyspace>:*` and those it declares, also on
/// ElastiCache serverless, which lets a user without channel rules use every channel:
///
/// ```
/// on ~orders:* ~common:* resetchannels &orders:* +@all -@dangerous -scan -randomkey ...
/// ```
///
/// ``unconfined(readOnly:sharedPrefixes:channels:denyDangerousCommands:)`` keeps the seed's permissive string
/// (`on ~orders:* ~common:* +@all`) for services that need it, with a warning.
public struct KeyspacePermissions: Sendable, Equatable {
  /// Which commands a service may run.
  public enum CommandScope: Sendable, Equatable {
    /// Commands on the service's own keys, shared prefixes and channels only (the default).
    case keyspace
    /// Every command (or every reading one), as the seed's access string: the service can also flush,
    /// list and scan the whole cache, so it can touch every other service's keys.
    case unconfined
  }

  /// Whether the service may only read: reading commands (without `KEYS` and `SCAN`), connection and
  /// transaction commands, subscribing, and read-only scripts.
  public var readOnly: Bool
  /// Key prefixes shared with other services, each granted as `~<prefix>:*`; literal names (``KeyspaceName``).
  public var sharedPrefixes: [String]
  /// Pub/sub channels the service may use besides `<keyspace>:*`, each granted as `&<channel>`; literal names.
  public var channels: [String]
  /// Whether to deny the `@dangerous` category. The confined default always denies it; this matters
  /// with ``CommandScope/unconfined``.
  public var denyDangerousCommands: Bool
  /// Which commands the service may run; ``CommandScope/keyspace`` unless made with
  /// ``unconfined(readOnly:sharedPrefixes:channels:denyDangerousCommands:)``.
  public var commandScope: CommandScope

  /// Permissions confined to the service's keyspace; by default read-write, sharing the `common` prefix.
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
    self.commandScope = .keyspace
  }

  /// The seed's permissive permissions: `+@all` (`+@read` when read-only) on the keyspace and shared prefixes,
  /// so that the service may also run `FLUSHALL`, `KEYS`, `SCAN`, `SCRIPT FLUSH`... on the whole cache, and use
  /// every channel on ElastiCache serverless unless it declares channels. ``ServiceCacheAccess`` records a
  /// warning for it.
  public static func unconfined(
    readOnly: Bool = false,
    sharedPrefixes: [String] = ["common"],
    channels: [String] = [],
    denyDangerousCommands: Bool = false
  ) -> KeyspacePermissions {
    var permissions = KeyspacePermissions(
      readOnly: readOnly, sharedPrefixes: sharedPrefixes, channels: channels,
      denyDangerousCommands: denyDangerousCommands)
    permissions.commandScope = .unconfined
    return permissions
  }

  /// The access string for `keyspace`, e.g.
  /// `on ~enrollment-api:* ~common:* resetchannels &enrollment-api:* +@all -@dangerous ...`.
  public func accessString(keyspace: String) -> String {
    var rules = ["on", "~\(keyspace):*"] + sharedPrefixes.map { "~\($0):*" }
    switch commandScope {
    case .keyspace:
      rules += ["resetchannels", "&\(keyspace):*"] + channels.map { "&\($0)" }
      rules += readOnly ? KeyspaceConfinement.readOnlyGrant : KeyspaceConfinement.readWriteGrant
      rules += KeyspaceConfinement.rules
    case .unconfined:
      // A channel pattern after the server's `allchannels` default is an error, so declared channels start
      // from none.
      if !channels.isEmpty { rules += ["resetchannels"] + channels.map { "&\($0)" } }
      rules.append(readOnly ? "+@read" : "+@all")
      if denyDangerousCommands { rules.append("-@dangerous") }
    }
    return rules.joined(separator: " ")
  }
}
