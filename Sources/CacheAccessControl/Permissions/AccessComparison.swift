/// How the permissions of one access string differ from another's: what the new one allows that the old one
/// did not (widened), and what it no longer allows (narrowed), compared as sets of keys, channels and commands
/// rather than as text.
public struct AccessComparison: Sendable, Hashable {
  /// Commands the new permissions allow and the old did not.
  public let addedCommands: [String]
  /// Commands the old permissions allowed and the new do not.
  public let removedCommands: [String]
  /// New readable key patterns that match keys the old ones did not cover.
  public let widenedReadableKeys: [GlobPattern]
  /// New writable key patterns that match keys the old ones did not cover.
  public let widenedWritableKeys: [GlobPattern]
  /// Old readable key patterns that match keys the new ones no longer cover.
  public let narrowedReadableKeys: [GlobPattern]
  /// Old writable key patterns that match keys the new ones no longer cover.
  public let narrowedWritableKeys: [GlobPattern]
  /// Whether the new permissions reach channels the old ones did not.
  public let widenedChannels: Bool
  /// Whether the old permissions reached channels the new ones do not.
  public let narrowedChannels: Bool
  /// Whether the user can now authenticate and could not before.
  public let enabled: Bool
  /// Whether the user could authenticate and now cannot.
  public let disabled: Bool

  /// Compares `old` with `new`, commands by the categories of `table`.
  public init(from old: AccessPermissions, to new: AccessPermissions, in table: CommandTable) {
    let oldCommands = old.allowedCommands(in: table)
    let newCommands = new.allowedCommands(in: table)
    addedCommands = newCommands.subtracting(oldCommands).sorted()
    removedCommands = oldCommands.subtracting(newCommands).sorted()
    widenedReadableKeys = Self.uncovered(new.readableKeys, by: old.readableKeys)
    widenedWritableKeys = Self.uncovered(new.writableKeys, by: old.writableKeys)
    narrowedReadableKeys = Self.uncovered(old.readableKeys, by: new.readableKeys)
    narrowedWritableKeys = Self.uncovered(old.writableKeys, by: new.writableKeys)
    widenedChannels = !Self.channels(new.channels, areCoveredBy: old.channels)
    narrowedChannels = !Self.channels(old.channels, areCoveredBy: new.channels)
    enabled = new.isEnabled && !old.isEnabled
    disabled = old.isEnabled && !new.isEnabled
  }

  /// Whether the new permissions allow anything the old did not.
  public var isWidened: Bool {
    enabled || !addedCommands.isEmpty || !widenedReadableKeys.isEmpty || !widenedWritableKeys.isEmpty
      || widenedChannels
  }

  /// Whether the old permissions allowed anything the new do not.
  public var isNarrowed: Bool {
    disabled || !removedCommands.isEmpty || !narrowedReadableKeys.isEmpty || !narrowedWritableKeys.isEmpty
      || narrowedChannels
  }

  /// The patterns of `patterns` that match a key none of `others` matches (or that are too complex to tell).
  private static func uncovered(_ patterns: [GlobPattern], by others: [GlobPattern]) -> [GlobPattern] {
    var seen = Set<GlobPattern>()
    return patterns.filter { seen.insert($0).inserted && $0.isCovered(by: others) != true }
  }

  private static func channels(_ channels: AccessPermissions.Channels, areCoveredBy others: AccessPermissions.Channels)
    -> Bool
  {
    switch (channels, others) {
    case (_, .all): return true
    case (.all, .matching(let patterns)): return patterns.contains { $0.matchesEverything }
    case (.matching(let patterns), .matching(let otherPatterns)):
      return uncovered(patterns, by: otherPatterns).isEmpty
    }
  }
}
