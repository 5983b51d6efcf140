/// One rule of an access string, such as `on`, `~orders:*`, `%R~reports:*`, `&orders:*`, `+@read` or `-flushall`.
public enum AccessRule: Sendable, Hashable, CustomStringConvertible {
  /// `on`: the user may authenticate.
  case on
  /// `off`: the user may not authenticate.
  case off
  /// `~pattern`, `%R~pattern`, `%W~pattern`, `%RW~pattern`: keys matching the pattern.
  case keys(GlobPattern, KeyAccess)
  /// `allkeys`: every key (the same as `~*`).
  case allKeys
  /// `resetkeys`: forget the key patterns given so far.
  case resetKeys
  /// `&pattern`: pub/sub channels matching the pattern.
  case channels(GlobPattern)
  /// `allchannels`: every channel (the same as `&*`).
  case allChannels
  /// `resetchannels`: forget the channel patterns given so far.
  case resetChannels
  /// `+command`, `+command|subcommand`, `+@category`, `allcommands`; or their `-` denials and `nocommands`.
  case command(CommandRule)
  /// `>password`, `<password`, `#hash`, `!hash`, `nopass`, `resetpass`: passwords, which ElastiCache manages
  /// outside the access string.
  case password(String)
  /// `reset`: back to a new user's state.
  case reset
  /// `(rules)`: a selector, a second set of permissions.
  case selector(String)
  /// `clearselectors`, `sanitize-payload`, `skip-sanitize-payload`: engine rules without effect on what the user
  /// may reach.
  case other(String)

  /// The rule as written in an access string.
  public var description: String {
    switch self {
    case .on: "on"
    case .off: "off"
    case .keys(let pattern, let access): access.prefix + pattern.text
    case .allKeys: "allkeys"
    case .resetKeys: "resetkeys"
    case .channels(let pattern): "&" + pattern.text
    case .allChannels: "allchannels"
    case .resetChannels: "resetchannels"
    case .command(let rule): rule.description
    case .password(let text), .selector(let text), .other(let text): text
    case .reset: "reset"
    }
  }
}

/// What a key pattern allows: reading, writing, or both.
public enum KeyAccess: Sendable, Hashable {
  /// `~pattern` or `%RW~pattern`.
  case readWrite
  /// `%R~pattern`.
  case read
  /// `%W~pattern`.
  case write

  /// The prefix that introduces a pattern of this access.
  var prefix: String {
    switch self {
    case .readWrite: "~"
    case .read: "%R~"
    case .write: "%W~"
    }
  }

  /// Whether keys may be read.
  public var allowsRead: Bool { self != .write }
  /// Whether keys may be written.
  public var allowsWrite: Bool { self != .read }
}
