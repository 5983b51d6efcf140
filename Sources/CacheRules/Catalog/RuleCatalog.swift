public import Diagnostics

/// The catalog of rules, EC1 to EC18 in order: their ids are stable.
public enum RuleCatalog: ProblemCatalog {
  /// Every rule, in catalog order.
  static let rules: [any CacheRule] = [
    TransitEncryptionRule(), AtRestEncryptionRule(), CustomerManagedKeyRule(), AutomaticFailoverRule(),
    AutomaticBackupRule(), MinorVersionUpgradeRule(), AuthenticationRule(), PlainTextSecretRule(),
    OpenDefaultUserRule(), UnrestrictedUserRule(), DangerousCommandsRule(), OverlappingKeyspacesRule(),
    IAMWithoutTransitEncryptionRule(), OpenCachePortRule(), SubnetGroupRule(), AlarmsRule(), TagsRule(),
    OutdatedEngineRule(),
  ]

  /// The description of every rule, in catalog order.
  public static var descriptions: [RuleDescription] { rules.map(\.description) }

  /// The description of the rule with this id (`EC10`), if the catalog has it.
  public static func description(of id: String) -> RuleDescription? {
    descriptions.first { $0.id.uppercased() == id.uppercased() }
  }

  /// Every code the rule engine reports: the rules, then the codes about suppressions.
  public static var codes: [ProblemCode] {
    descriptions.map(\.code) + [.suppressionWithoutReason, .unknownRuleInSuppression]
  }
}
