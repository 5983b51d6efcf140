/// What a user may do once the rules of an access string are applied: authenticate or not, which keys it may
/// read and write, which channels it may use, and which commands it may run.
public struct AccessPermissions: Sendable, Hashable {
  /// A key pattern and what it allows.
  public struct KeyPermission: Sendable, Hashable {
    /// The keys.
    public let pattern: GlobPattern
    /// Read, write, or both.
    public let access: KeyAccess
  }

  /// The channels a user may use.
  public enum Channels: Sendable, Hashable {
    /// Every channel.
    case all
    /// The channels matching one of the patterns (none when empty).
    case matching([GlobPattern])
  }

  /// Whether the user may authenticate (`on`).
  public private(set) var isEnabled = false
  /// The key patterns, in order.
  public private(set) var keys: [KeyPermission] = []
  /// The channels.
  public private(set) var channels: Channels
  /// The command rules, in order (later rules win).
  public private(set) var commandRules: [CommandRule] = []

  init(applying rules: [AccessRule], pubSubDefault: PubSubDefault) {
    channels = pubSubDefault == .allChannels ? .all : .matching([])
    for rule in rules { apply(rule, pubSubDefault: pubSubDefault) }
  }

  private mutating func apply(_ rule: AccessRule, pubSubDefault: PubSubDefault) {
    switch rule {
    case .on: isEnabled = true
    case .off: isEnabled = false
    case .keys(let pattern, let access): keys.append(KeyPermission(pattern: pattern, access: access))
    case .allKeys: keys.append(KeyPermission(pattern: GlobPattern("*"), access: .readWrite))
    case .resetKeys: keys = []
    case .channels(let pattern):
      if case .matching(let patterns) = channels { channels = .matching(patterns + [pattern]) }
    case .allChannels: channels = .all
    case .resetChannels: channels = .matching([])
    case .command(let commandRule):
      // `+@all`/`-@all` decide every command, so earlier rules no longer matter.
      if commandRule.target == .all { commandRules = [] }
      commandRules.append(commandRule)
    case .reset:
      self = AccessPermissions(applying: [], pubSubDefault: pubSubDefault)
    case .password, .selector, .other: break
    }
  }

  /// Whether `command` (a name or `name|subcommand`, any case) is allowed, by the categories of `table`.
  public func allows(_ command: String, in table: CommandTable) -> Bool {
    let name = command.lowercased()
    let categories = table.commands[name] ?? table.commands[String(name.prefix { $0 != "|" })] ?? []
    var allowed = false
    for rule in commandRules where rule.applies(to: name, categories: categories) { allowed = rule.allows }
    return allowed
  }

  /// Every callable command of `table` the user may run.
  public func allowedCommands(in table: CommandTable) -> Set<String> {
    Set(table.callableCommands.filter { allows($0, in: table) })
  }

  /// The patterns of the keys the user may read.
  public var readableKeys: [GlobPattern] { keys.filter { $0.access.allowsRead }.map(\.pattern) }
  /// The patterns of the keys the user may write.
  public var writableKeys: [GlobPattern] { keys.filter { $0.access.allowsWrite }.map(\.pattern) }

  /// Whether the user may read or write every key (`~*`, `allkeys`).
  public var reachesAllKeys: Bool { keys.contains { $0.pattern.matchesEverything } }

  /// Whether `key` matches a pattern the user may read.
  public func canRead(_ key: String) -> Bool { readableKeys.contains { $0.matches(key) } }
  /// Whether `key` matches a pattern the user may write.
  public func canWrite(_ key: String) -> Bool { writableKeys.contains { $0.matches(key) } }

  /// Whether the user may use `channel`.
  public func canUse(channel: String) -> Bool {
    switch channels {
    case .all: true
    case .matching(let patterns): patterns.contains { $0.matches(channel) }
    }
  }
}
