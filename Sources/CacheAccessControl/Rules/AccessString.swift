/// An ElastiCache access string, such as `on ~orders:* &orders:* +@all -@dangerous`, read into its rules.
///
/// Rules apply from left to right, as `ACL SETUSER` applies them. Reading never fails: what ElastiCache would
/// refuse is listed in ``issues`` (no `reset`, no passwords, `on` or `off` given), and ``permissions(pubSubDefault:)``
/// evaluates what the user may do.
public struct AccessString: Sendable, Hashable, CustomStringConvertible {
  /// The string as written.
  public let text: String
  /// Its rules, in order.
  public let rules: [AccessRule]
  /// What ElastiCache would refuse in it, in order.
  public let issues: [AccessStringIssue]

  /// The rules as written, in order.
  private let tokens: [String]

  /// Reads `text`.
  public init(_ text: String) {
    self.text = text
    tokens = Self.tokens(of: text)
    var rules: [AccessRule] = []
    var issues: [AccessStringIssue] = []
    for token in tokens {
      let rule = Self.rule(token)
      rules.append(rule)
      switch rule {
      case .reset: issues.append(AccessStringIssue(kind: .reset, rule: token))
      case .password: issues.append(AccessStringIssue(kind: .password, rule: ""))
      case .selector: issues.append(AccessStringIssue(kind: .selector, rule: token))
      case .other(let text) where !Self.harmlessRules.contains(text.lowercased()):
        issues.append(AccessStringIssue(kind: .unknownRule, rule: token))
      default: break
      }
    }
    if rules.isEmpty {
      issues.append(AccessStringIssue(kind: .empty, rule: ""))
    } else if !rules.contains(where: { $0 == .on || $0 == .off }) {
      issues.append(AccessStringIssue(kind: .missingOnOff, rule: ""))
    }
    self.rules = rules
    self.issues = issues
  }

  public var description: String { text }

  /// The rules ElastiCache refuses or the engine does not know, checked against a command table: the issues of
  /// the string, and every `+`/`-` rule naming a command or category the engine does not have.
  public func issues(in table: CommandTable) -> [AccessStringIssue] {
    issues
      + rules.compactMap { rule in
        guard case .command(let commandRule) = rule, !table.knows(commandRule.target) else { return nil }
        return AccessStringIssue(kind: .unknownCommand, rule: commandRule.description)
      }
  }

  /// The issues of ``issues(in:)`` and every key or channel pattern the engine refuses because it follows the
  /// all-pattern: `~*` or `allkeys` for keys; `&*`, `allchannels` or, without `resetchannels` first, the server's
  /// `acl-pubsub-default allchannels` (ElastiCache serverless) for channels.
  public func issues(in table: CommandTable, pubSubDefault: PubSubDefault) -> [AccessStringIssue] {
    var allKeys = false
    var allChannels = pubSubDefault == .allChannels
    var refused: [AccessStringIssue] = []
    for (token, rule) in zip(tokens, rules) {
      switch rule {
      case .keys:
        if allKeys { refused.append(AccessStringIssue(kind: .patternAfterAll, rule: token)) }
        allKeys = allKeys || token == "~*"
      case .channels:
        if allChannels { refused.append(AccessStringIssue(kind: .patternAfterAll, rule: token)) }
        allChannels = allChannels || token == "&*"
      case .allKeys: allKeys = true
      case .resetKeys: allKeys = false
      case .allChannels: allChannels = true
      case .resetChannels: allChannels = false
      case .reset:
        allKeys = false
        allChannels = pubSubDefault == .allChannels
      default: break
      }
    }
    return issues(in: table) + refused
  }

  /// What the user may do once the rules are applied, starting from a new user's state; `pubSubDefault` is the
  /// server's `acl-pubsub-default` (ElastiCache serverless runs with `allchannels`).
  public func permissions(pubSubDefault: PubSubDefault = .resetChannels) -> AccessPermissions {
    AccessPermissions(applying: rules, pubSubDefault: pubSubDefault)
  }

  /// Rules that are accepted and change nothing the model tracks.
  private static let harmlessRules: Set<String> = ["clearselectors", "sanitize-payload", "skip-sanitize-payload"]

  /// Splits at spaces, keeping a parenthesized selector in one token.
  private static func tokens(of text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      if character == "(" { depth += 1 }
      if character == ")" { depth = max(0, depth - 1) }
      if character.isWhitespace && depth == 0 {
        if !current.isEmpty { tokens.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  private static func rule(_ token: String) -> AccessRule {
    let lowered = token.lowercased()
    switch lowered {
    case "on": return .on
    case "off": return .off
    case "allkeys": return .allKeys
    case "resetkeys": return .resetKeys
    case "allchannels": return .allChannels
    case "resetchannels": return .resetChannels
    case "allcommands": return .command(CommandRule(allows: true, .all))
    case "nocommands": return .command(CommandRule(allows: false, .all))
    case "reset": return .reset
    case "nopass", "resetpass": return .password(token)
    default: break
    }
    if let first = token.first {
      switch first {
      case "~": return .keys(GlobPattern(String(token.dropFirst())), .readWrite)
      case "&": return .channels(GlobPattern(String(token.dropFirst())))
      case ">", "<", "#", "!": return .password(token)
      case "(": return .selector(token)
      case "+", "-": return commandRule(lowered) ?? .other(token)
      case "%": return keyRule(token) ?? .other(token)
      default: break
      }
    }
    return .other(token)
  }

  private static func commandRule(_ lowered: String) -> AccessRule? {
    let allows = lowered.first == "+"
    let name = lowered.dropFirst()
    guard !name.isEmpty else { return nil }
    if name.first == "@" {
      let category = String(name.dropFirst())
      guard !category.isEmpty else { return nil }
      return .command(CommandRule(allows: allows, category == "all" ? .all : .category(category)))
    }
    return .command(CommandRule(allows: allows, .command(String(name))))
  }

  /// `%R~pattern`, `%W~pattern`, `%RW~pattern` (or `%WR~`).
  private static func keyRule(_ token: String) -> AccessRule? {
    guard let tilde = token.firstIndex(of: "~") else { return nil }
    let flags = token[token.index(after: token.startIndex)..<tilde].uppercased()
    let pattern = GlobPattern(String(token[token.index(after: tilde)...]))
    switch flags {
    case "R": return .keys(pattern, .read)
    case "W": return .keys(pattern, .write)
    case "RW", "WR": return .keys(pattern, .readWrite)
    default: return nil
    }
  }
}
