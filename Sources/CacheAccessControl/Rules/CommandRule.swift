/// A rule that allows or denies commands: `+get`, `-config|set`, `+@read`, `-@dangerous`, `allcommands`.
public struct CommandRule: Sendable, Hashable, CustomStringConvertible {
  /// What the rule names.
  public enum Target: Sendable, Hashable {
    /// Every command, present and future (`+@all`, `allcommands`).
    case all
    /// The commands of an ACL category, such as `read` or `dangerous`.
    case category(String)
    /// A command, with all its subcommands (`config`), or one subcommand (`config|get`); lowercase.
    case command(String)
  }

  /// Whether the rule allows (`+`) or denies (`-`).
  public let allows: Bool
  /// What it allows or denies.
  public let target: Target

  /// A rule that allows or denies `target`.
  public init(allows: Bool, _ target: Target) {
    self.allows = allows
    self.target = target
  }

  /// Whether the rule applies to `command` (lowercase, `name` or `name|subcommand`), given the categories
  /// the engine puts it in.
  func applies(to command: String, categories: Set<String>) -> Bool {
    switch target {
    case .all: return true
    case .category(let category): return categories.contains(category)
    case .command(let name): return command == name || command.hasPrefix(name + "|")
    }
  }

  public var description: String {
    let sign = allows ? "+" : "-"
    switch target {
    case .all: return sign + "@all"
    case .category(let category): return sign + "@" + category
    case .command(let name): return sign + name
    }
  }
}
