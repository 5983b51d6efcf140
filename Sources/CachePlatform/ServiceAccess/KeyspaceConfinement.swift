/// The ACL rules that confine a service to its keyspace on a shared cache: after granting the service its
/// commands, they take away every command that acts on the whole keyspace or the server, class by class.
///
/// Key patterns (`~orders:*`) only limit commands that name keys. Commands that name none act on every
/// service's keys or on the server whatever the patterns say: `FLUSHALL` empties the cache, `SCAN` lists every
/// key name, `SCRIPT FLUSH` drops the scripts other services loaded. The rules were worked out against
/// redis-server 7.0 and valkey-server 8.1, command by command (`CommandTable.redis7`, `.valkey8`), and are
/// checked there by the isolation tests.
///
/// The rules name only commands and subcommands both engines have. They leave out by category rather than
/// by name what ElastiCache restricts (`CONFIG`, `DEBUG`, `SHUTDOWN`...), because ElastiCache refuses an
/// access string that names a restricted command.
public enum KeyspaceConfinement {
  /// A class of commands the confinement takes away, with its rules and the reason.
  public struct DeniedClass: Sendable, Hashable {
    /// What the commands are.
    public let name: String
    /// The ACL rules that deny them (and give back the harmless subcommands of a denied command).
    public let rules: [String]
    /// Why a service may not run them.
    public let reason: String
  }

  /// Every class the confinement denies, in the order its rules appear in the access string.
  public static let deniedClasses: [DeniedClass] = [
    DeniedClass(
      name: "dangerous commands",
      rules: ["-@dangerous"],
      reason: "FLUSHALL and FLUSHDB empty every service's keys, KEYS lists them and SWAPDB swaps databases; "
        + "SORT reads keys by pattern, RESTORE loads serialized values and MIGRATE sends keys to other servers; "
        + "the rest administer the server: ACL, CONFIG, CLIENT LIST, KILL and PAUSE, DEBUG, MONITOR, SHUTDOWN, "
        + "INFO, SLOWLOG, LATENCY, SAVE, BGSAVE, REPLICAOF, FAILOVER and the cluster writes."),
    DeniedClass(
      name: "key listing and counting",
      rules: ["-scan", "-randomkey", "-dbsize"],
      reason: "SCAN and RANDOMKEY return the names of every service's keys and DBSIZE counts them: "
        + "key patterns do not filter them."),
    DeniedClass(
      name: "other databases",
      rules: ["-select", "-move"],
      reason: "SELECT and MOVE reach databases other than the one every service shares (serverless caches "
        + "have only database 0)."),
    DeniedClass(
      name: "client-side caching",
      rules: ["-client|tracking"],
      reason: "CLIENT TRACKING in broadcasting mode pushes the name of every key any service changes."),
    DeniedClass(
      name: "the script cache",
      rules: ["-script", "+script|load", "+script|exists"],
      reason: "SCRIPT FLUSH drops the scripts every service loaded and SCRIPT KILL stops another's; "
        + "SCRIPT LOAD and EXISTS stay for EVALSHA."),
    DeniedClass(
      name: "function libraries",
      rules: ["-function"],
      reason: "Libraries are one namespace for the whole cache: FUNCTION LOAD REPLACE would swap the code "
        + "another service calls, DELETE, FLUSH and RESTORE remove it, LIST and DUMP read it, KILL stops it. "
        + "FCALL stays: an operator loads the libraries."),
    DeniedClass(
      name: "cluster internals",
      rules: [
        "-cluster", "+cluster|slots", "+cluster|shards", "+cluster|nodes", "+cluster|info", "+cluster|myid",
        "+cluster|keyslot",
      ],
      reason: "CLUSTER GETKEYSINSLOT lists every service's key names, COUNTKEYSINSLOT and SLOT-STATS count "
        + "them; the topology a cluster client reads stays."),
    DeniedClass(
      name: "server memory reports",
      rules: ["-memory", "+memory|usage"],
      reason: "MEMORY DOCTOR, STATS and MALLOC-STATS report on the whole server and PURGE acts on it; "
        + "MEMORY USAGE of the service's own keys stays."),
    DeniedClass(
      name: "pub/sub introspection",
      rules: ["-pubsub"],
      reason: "PUBSUB CHANNELS and SHARDCHANNELS list every service's active channels, NUMSUB and NUMPAT "
        + "count their subscribers."),
  ]

  /// The rules that take the denied classes away, in order.
  public static var rules: [String] { deniedClasses.flatMap(\.rules) }

  /// The commands a read-write service gets before the confinement: all of them (`+@all`).
  static let readWriteGrant = ["+@all"]

  /// The commands a read-only service gets before the confinement: reading commands, connection and
  /// transaction commands, subscribing to its channels, and read-only scripts and functions.
  static let readOnlyGrant = [
    "-@all", "+@read", "+@connection", "+@transaction", "+@pubsub", "-publish", "-spublish", "+eval_ro",
    "+evalsha_ro", "+fcall_ro",
  ]
}
