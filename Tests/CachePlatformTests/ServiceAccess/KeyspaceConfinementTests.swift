import CacheAccessControl
import ElastiCacheCDK
import Testing

/// The default access strings, evaluated command by command on the command tables read off redis-server 7 and
/// valkey-server 8 (the isolation tests run them on the real engines).
@Suite("Keyspace confinement on the command tables of Redis 7 and Valkey 8")
struct KeyspaceConfinementTests {
  static let tables: [CommandTable] = [.redis7, .valkey8]
  static let readWrite = KeyspacePermissions(sharedPrefixes: ["common", "reports"], channels: ["events.orders"])
  static let readOnly = KeyspacePermissions(readOnly: true, sharedPrefixes: ["common"], channels: ["events.orders"])

  static func permissions(_ permissions: KeyspacePermissions) -> AccessPermissions {
    AccessString(permissions.accessString(keyspace: "orders")).permissions(pubSubDefault: .allChannels)
  }

  /// Every command that acts on the whole keyspace or the server, as far as the engines have it.
  static let wholeCacheCommands = [
    "flushall", "flushdb", "keys", "scan", "randomkey", "dbsize", "swapdb", "select", "move", "script|flush",
    "script|kill", "script|debug", "script|show", "function|flush", "function|delete", "function|restore",
    "function|load", "function|list", "function|dump", "function|kill", "function|stats", "acl|list", "acl|users",
    "acl|getuser", "acl|setuser", "acl|deluser", "acl|log", "acl|save", "acl|load", "acl|dryrun", "config|get",
    "config|set", "config|rewrite", "config|resetstat", "client|list", "client|kill", "client|pause",
    "client|unpause", "client|unblock", "client|no-evict", "client|tracking", "debug", "monitor", "shutdown", "info",
    "slowlog|get", "slowlog|len", "slowlog|reset", "latency|doctor", "latency|latest", "latency|history",
    "latency|reset", "latency|graph", "latency|histogram", "memory|doctor", "memory|stats", "memory|malloc-stats",
    "memory|purge", "failover", "replicaof", "slaveof", "sync", "psync", "replconf", "role", "save", "bgsave",
    "bgrewriteaof", "lastsave", "cluster|getkeysinslot", "cluster|countkeysinslot", "cluster|slot-stats",
    "cluster|addslots", "cluster|delslots", "cluster|flushslots", "cluster|forget", "cluster|meet", "cluster|reset",
    "cluster|setslot", "cluster|failover", "cluster|replicate", "cluster|saveconfig", "cluster|links",
    "module|load", "module|unload", "module|list", "migrate", "restore", "restore-asking", "pubsub|channels",
    "pubsub|numsub", "pubsub|numpat", "pubsub|shardchannels", "pubsub|shardnumsub", "sort", "sort_ro", "pfdebug",
    "pfselftest", "commandlog|get", "commandlog|reset",
  ]

  /// The commands outside the data-type categories a confined service may run, each reviewed: connection and
  /// cluster-topology commands of its own connection, help texts, commands whose keys or channels the engine
  /// checks, transactions, and scripts whose every call the engine checks.
  static let reviewedOutsideDataTypes: Set<String> = [
    "acl|cat", "acl|genpass", "acl|help", "acl|whoami", "asking", "auth", "client|caching", "client|capa",
    "client|getname", "client|getredir", "client|help", "client|id", "client|import-source", "client|info",
    "client|no-touch", "client|reply", "client|setinfo", "client|setname", "client|trackinginfo", "cluster|info",
    "cluster|keyslot", "cluster|myid", "cluster|nodes", "cluster|shards", "cluster|slots", "commandlog|help",
    "command|count", "command|docs", "command|getkeys", "command|getkeysandflags", "command|help", "command|info",
    "command|list", "config|help", "copy", "del", "discard", "dump", "echo", "eval", "eval_ro", "evalsha",
    "evalsha_ro", "exec", "exists", "expire", "expireat", "expiretime", "fcall", "fcall_ro", "hello", "latency|help",
    "lolwut", "memory|usage", "module|help", "multi", "object|encoding", "object|freq", "object|help",
    "object|idletime", "object|refcount", "persist", "pexpire", "pexpireat", "pexpiretime", "ping", "psubscribe",
    "pttl", "publish", "punsubscribe", "quit", "readonly", "readwrite", "rename", "renamenx", "reset",
    "script|exists", "script|load", "slowlog|help", "spublish", "ssubscribe", "subscribe", "sunsubscribe", "time",
    "touch", "ttl", "type", "unlink", "unsubscribe", "unwatch", "wait", "waitaof", "watch", "xgroup|help",
    "xinfo|help",
  ]

  static let dataTypes = ["string", "hash", "list", "set", "sortedset", "stream", "bitmap", "hyperloglog", "geo"]

  @Test("Both engines accept every rule, also with ElastiCache serverless's acl-pubsub-default allchannels")
  func accepted() {
    for table in Self.tables {
      for permissions in [Self.readWrite, Self.readOnly, .unconfined(channels: ["events.orders"])] {
        let text = permissions.accessString(keyspace: "orders")
        #expect(AccessString(text).issues(in: table, pubSubDefault: .allChannels).isEmpty, "\(table.engine): \(text)")
      }
    }
  }

  @Test("No command that acts on the whole keyspace or the server is allowed, read-write or read-only")
  func noWholeCacheCommand() {
    for table in Self.tables {
      let known = Self.wholeCacheCommands.filter { table.commands[$0] != nil }
      #expect(known.count > 90, "\(table.engine) has \(known.count) of them")
      for permissions in [Self.readWrite, Self.readOnly] {
        let allowed = Self.permissions(permissions).allowedCommands(in: table)
        #expect(allowed.intersection(known).isEmpty, "\(table.engine) allows \(allowed.intersection(known).sorted())")
      }
    }
  }

  @Test("Every allowed command outside the data types was reviewed (a new engine command fails here until it is)")
  func everyAllowedCommandReviewed() {
    for table in Self.tables {
      let dataTypeCommands = Set(Self.dataTypes.flatMap { table.commands(in: $0) })
      for permissions in [Self.readWrite, Self.readOnly] {
        let unreviewed = Self.permissions(permissions).allowedCommands(in: table).subtracting(dataTypeCommands)
          .subtracting(Self.reviewedOutsideDataTypes)
        #expect(unreviewed.isEmpty, "\(table.engine): \(unreviewed.sorted())")
      }
    }
  }

  @Test("A read-write service keeps every data-type command but the dangerous ones, and what cache-aside needs")
  func cacheAside() {
    let needed = [
      "get", "set", "mget", "mset", "incr", "getex", "del", "unlink", "exists", "expire", "pexpire", "ttl", "persist",
      "hset", "hget", "hgetall", "hincrby", "lpush", "rpop", "lrange", "blpop", "sadd", "smembers", "sinter",
      "zadd", "zrange", "zincrby", "xadd", "xread", "xreadgroup", "xgroup|create", "xack", "pfadd", "pfcount",
      "setbit", "bitcount", "geoadd", "geosearch", "hscan", "sscan", "zscan", "multi", "exec", "watch", "discard",
      "eval", "evalsha", "eval_ro", "fcall", "script|load", "script|exists", "publish", "subscribe", "ping", "hello",
      "auth", "client|setname", "client|id", "cluster|slots", "cluster|shards", "readonly", "copy", "rename",
      "object|encoding", "memory|usage", "type", "dump", "wait",
    ]
    for table in Self.tables {
      let permissions = Self.permissions(Self.readWrite)
      for command in needed { #expect(permissions.allows(command, in: table), "\(table.engine): \(command)") }
      let dataTypeCommands = Set(Self.dataTypes.flatMap { table.commands(in: $0) })
        .subtracting(table.commands(in: "dangerous"))
      #expect(dataTypeCommands.subtracting(permissions.allowedCommands(in: table)).isEmpty)
    }
  }

  @Test("A read-only service reads, subscribes and runs read-only scripts, and writes nothing")
  func readOnly() {
    for table in Self.tables {
      let permissions = Self.permissions(Self.readOnly)
      let allowed = permissions.allowedCommands(in: table)
      #expect(
        allowed.intersection(table.commands(in: "write")).isEmpty,
        "\(allowed.intersection(table.commands(in: "write")))")
      for command in ["publish", "spublish", "eval", "evalsha", "fcall", "keys", "scan", "randomkey", "dbsize"] {
        #expect(!permissions.allows(command, in: table), "\(table.engine): \(command)")
      }
      for command in [
        "get", "mget", "hgetall", "lrange", "smembers", "zrange", "xread", "exists", "ttl", "multi", "exec", "watch",
        "eval_ro", "evalsha_ro", "fcall_ro", "subscribe", "ping", "hello", "cluster|slots", "script|load",
      ] {
        #expect(permissions.allows(command, in: table), "\(table.engine): \(command)")
      }
    }
  }

  @Test(
    "Keys: the keyspace and the shared prefixes; channels: '<keyspace>:*' and the declared ones, also on serverless")
  func keysAndChannels() {
    let permissions = Self.permissions(Self.readWrite)
    for key in ["orders:1", "orders:a:b", "common:flags", "reports:daily"] {
      #expect(permissions.canRead(key) && permissions.canWrite(key), "\(key)")
    }
    for key in ["billing:1", "orders", "ordersx:1", "commonx:1", "*", ""] {
      #expect(!permissions.canRead(key) && !permissions.canWrite(key), "\(key)")
    }
    for channel in ["orders:events", "orders:x:y", "events.orders"] { #expect(permissions.canUse(channel: channel)) }
    for channel in ["billing:events", "events.orders.x", "__keyspace@0__:billing:1", "__redis__:invalidate"] {
      #expect(!permissions.canUse(channel: channel), "\(channel)")
    }
  }

  @Test("The string lists the keyspace, the shared prefixes, the channels, the grant and the confinement in order")
  func text() {
    #expect(
      Self.readWrite.accessString(keyspace: "orders")
        == "on ~orders:* ~common:* ~reports:* resetchannels &orders:* &events.orders +@all "
        + KeyspaceConfinement.rules.joined(separator: " "))
    #expect(
      KeyspacePermissions(readOnly: true, sharedPrefixes: []).accessString(keyspace: "orders")
        == "on ~orders:* resetchannels &orders:* -@all +@read +@connection +@transaction +@pubsub -publish -spublish "
        + "+eval_ro +evalsha_ro +fcall_ro " + KeyspaceConfinement.rules.joined(separator: " "))
    #expect(
      KeyspacePermissions(denyDangerousCommands: true).accessString(keyspace: "orders")
        == KeyspacePermissions().accessString(keyspace: "orders"), "the confined default always denies @dangerous")
  }

  @Test("Unconfined permissions are the seed's string, with channels reset before any declared one")
  func unconfined() {
    #expect(KeyspacePermissions.unconfined().accessString(keyspace: "orders") == "on ~orders:* ~common:* +@all")
    #expect(
      KeyspacePermissions.unconfined(
        readOnly: true, sharedPrefixes: ["common", "catalog"], denyDangerousCommands: true
      )
      .accessString(keyspace: "orders") == "on ~orders:* ~common:* ~catalog:* +@read -@dangerous")
    #expect(
      KeyspacePermissions.unconfined(channels: ["events.orders"]).accessString(keyspace: "orders")
        == "on ~orders:* ~common:* resetchannels &events.orders +@all")
    let permissions = Self.permissions(.unconfined())
    for command in ["flushall", "keys", "scan", "script|flush"] {
      #expect(permissions.allows(command, in: .valkey8))
    }
    #expect(permissions.canUse(channel: "billing:events"))
  }

  @Test("Every denied class says why, and its rules name only what both engines have")
  func deniedClassesDocumented() {
    for deniedClass in KeyspaceConfinement.deniedClasses {
      #expect(!deniedClass.reason.isEmpty && !deniedClass.name.isEmpty)
      for table in Self.tables {
        #expect(AccessString("on " + deniedClass.rules.joined(separator: " ")).issues(in: table).isEmpty)
      }
    }
  }
}
