/// Something in an access string that ElastiCache refuses, or that the engine would not understand.
public struct AccessStringIssue: Sendable, Hashable, CustomStringConvertible {
  /// The kind of issue.
  public enum Kind: Sendable, Hashable {
    /// The access string has no rule at all.
    case empty
    /// Neither `on` nor `off` is given: ElastiCache requires one.
    case missingOnOff
    /// `reset` would wipe the passwords ElastiCache manages; ElastiCache refuses it.
    case reset
    /// A password rule (`>`, `<`, `#`, `!`, `nopass`, `resetpass`): ElastiCache sets passwords outside the string.
    case password
    /// A selector `( ... )`, which ElastiCache does not document.
    case selector
    /// A rule the engine does not know.
    case unknownRule
    /// A `+`/`-` rule naming no command or category the engine has.
    case unknownCommand
    /// A key or channel pattern after `~*`, `allkeys`, `&*` or `allchannels` (also the server's `allchannels`
    /// default): the engine refuses it, as it would have no effect.
    case patternAfterAll
  }

  /// The kind of issue.
  public let kind: Kind
  /// The rule at fault (empty for issues about the whole string).
  public let rule: String

  /// What is wrong, naming the rule (a password rule is never repeated).
  public var description: String {
    switch kind {
    case .empty: "the access string has no rules"
    case .missingOnOff: "the access string says neither 'on' nor 'off'"
    case .reset: "'reset' is not allowed: it would remove the passwords ElastiCache manages"
    case .password: "password rules are not allowed in an access string; ElastiCache sets passwords itself"
    case .selector: "selectors ('\(rule)') are not supported by ElastiCache"
    case .unknownRule: "'\(rule)' is not an ACL rule"
    case .unknownCommand: "'\(rule)' names no command or ACL category of the engine"
    case .patternAfterAll:
      "'\(rule)' follows the all-pattern ('~*', 'allkeys', '&*', 'allchannels' or the server's 'allchannels' "
        + "default); the engine refuses it: start channels with 'resetchannels'"
    }
  }
}
