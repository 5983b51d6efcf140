public import Diagnostics

extension ProblemCode {
  /// EC1: a replication group or cache cluster without encryption in transit.
  public static let transitEncryptionOff = ProblemCode(
    "EC1", module: "CacheRules", summary: "Encryption in transit is off.")
  /// EC2: a replication group without encryption at rest.
  public static let atRestEncryptionOff = ProblemCode(
    "EC2", module: "CacheRules", summary: "Encryption at rest is off.")
  /// EC3: a cache encrypted with an AWS-owned or AWS-managed key.
  public static let noCustomerManagedKey = ProblemCode(
    "EC3", module: "CacheRules", severity: .info, summary: "No customer-managed KMS key encrypts the data.")
  /// EC4: a replication group without automatic failover, Multi-AZ or a replica.
  public static let noAutomaticFailover = ProblemCode(
    "EC4", module: "CacheRules", severity: .warning,
    summary: "Automatic failover, Multi-AZ or a replica is missing.")
  /// EC5: a Valkey or Redis OSS cache without automatic backups.
  public static let noAutomaticBackups = ProblemCode(
    "EC5", module: "CacheRules", severity: .warning, summary: "Automatic backups are off or kept too briefly.")
  /// EC6: automatic minor-version upgrades disabled.
  public static let minorVersionUpgradesDisabled = ProblemCode(
    "EC6", module: "CacheRules", severity: .warning, summary: "Automatic minor-version upgrades are disabled.")
  /// EC7: a cache clients reach without authenticating.
  public static let noAuthentication = ProblemCode(
    "EC7", module: "CacheRules", summary: "Clients connect without authenticating.")
  /// EC8: an AUTH token or user password written in plain text.
  public static let plainTextSecret = ProblemCode(
    "EC8", module: "CacheRules", summary: "An AUTH token or password is written in plain text.")
  /// EC9: a user group whose `default` user is on and needs no password.
  public static let openDefaultUser = ProblemCode(
    "EC9", module: "CacheRules", summary: "The default user is open.")
  /// EC10: a user with every key and every command.
  public static let unrestrictedUser = ProblemCode(
    "EC10", module: "CacheRules", summary: "A user may run every command on every key.")
  /// EC11: `+@all` without `-@dangerous`.
  public static let dangerousCommandsAllowed = ProblemCode(
    "EC11", module: "CacheRules", severity: .info, summary: "A user may run dangerous commands.")
  /// EC12: two users of one group reaching the same keys, one of them writing.
  public static let overlappingKeyspaces = ProblemCode(
    "EC12", module: "CacheRules", severity: .warning, summary: "Two users of a group share keys.")
  /// EC13: IAM users on a cache without encryption in transit.
  public static let iamUserWithoutTransitEncryption = ProblemCode(
    "EC13", module: "CacheRules", summary: "IAM users on a cache without encryption in transit.")
  /// EC14: the cache port open to the whole internet.
  public static let cachePortOpenToInternet = ProblemCode(
    "EC14", module: "CacheRules", summary: "The cache port is open to 0.0.0.0/0 or ::/0.")
  /// EC15: a cache in the default VPC.
  public static let noSubnetGroup = ProblemCode(
    "EC15", module: "CacheRules", severity: .warning, summary: "The cache has no subnet group of its own.")
  /// EC16: a cache without alarms on memory, evictions, CPU and connections.
  public static let missingAlarms = ProblemCode(
    "EC16", module: "CacheRules", severity: .info, summary: "Alarms on the cache's health are missing.")
  /// EC17: a cache without the recommended tags.
  public static let missingTags = ProblemCode(
    "EC17", module: "CacheRules", severity: .info, summary: "Recommended tags are missing.")
  /// EC18: an engine version past standard support or a previous-generation node type.
  public static let outdatedEngineOrNodeType = ProblemCode(
    "EC18", module: "CacheRules", severity: .warning,
    summary: "The engine version is past standard support or the node type is of a previous generation.")
  /// A suppression that gives no reason: it suppresses nothing.
  public static let suppressionWithoutReason = ProblemCode(
    "SuppressionWithoutReason", module: "CacheRules", summary: "A suppression gives no reason.")
  /// A suppression that names no rule of the catalog.
  public static let unknownRuleInSuppression = ProblemCode(
    "UnknownRuleInSuppression", module: "CacheRules", severity: .warning,
    summary: "A suppression names a rule the catalog does not have.")
}
