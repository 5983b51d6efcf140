/// The commands an engine has and the ACL categories it puts each in, as `ACL CAT` reports them: a command
/// with subcommands appears as itself and as `command|subcommand`.
///
/// The tables are generated from real engines by `scripts/generate-command-table.sh`.
public struct CommandTable: Sendable {
  /// The engine, `valkey` or `redis`.
  public let engine: String
  /// The engine version the table was read from.
  public let version: String
  /// Every ACL category.
  public let categories: Set<String>
  /// Every command (lowercase) and its categories.
  public let commands: [String: Set<String>]

  /// A table of `commands` and their categories.
  public init(engine: String, version: String, categories: Set<String>, commands: [String: Set<String>]) {
    self.engine = engine
    self.version = version
    self.categories = categories
    self.commands = commands
    callableCommands = commands.keys.filter { name in
      name.contains("|") || !commands.keys.contains { $0.hasPrefix(name + "|") }
    }.sorted()
  }

  /// The table for an engine name (`valkey`, `redis`); Valkey's for anything else.
  public static func forEngine(_ engine: String) -> CommandTable {
    engine.lowercased() == "redis" ? .redis7 : .valkey8
  }

  /// The commands that run without a subcommand, and every subcommand: what a user can actually call.
  public let callableCommands: [String]

  /// The callable commands of a category.
  public func commands(in category: String) -> [String] {
    callableCommands.filter { commands[$0]?.contains(category) == true }
  }

  /// Whether the engine has what a rule names.
  func knows(_ target: CommandRule.Target) -> Bool {
    switch target {
    case .all: return true
    case .category(let category): return categories.contains(category)
    case .command(let name): return commands[name] != nil
    }
  }
}
