import ElastiCacheCDK

/// What one service tries on a real engine, connected as its user: each check pipelines commands and lists the
/// replies that differ from what isolation requires.
struct IsolationProbe {
  /// What a reply must be.
  enum Expectation {
    /// Anything but an error.
    case succeeds
    /// Exactly this reply.
    case reply(EngineReply)
    /// Refused for the user's permissions: the command, a key, a channel, or a call inside a script.
    case denied
    /// Refused because the user may not run the command at all.
    case commandDenied
  }

  let service: GeneratedPlatform.Service
  let platform: GeneratedPlatform
  let connection: EngineConnection

  private var keyspace: String { service.keyspace }
  private var readOnly: Bool { service.permissions.readOnly }

  /// The keys the operator writes in every keyspace and shared prefix before the services run, with their values.
  static func seededKeys(of keyspace: String) -> [String: String] {
    ["\(keyspace):seed:string": "value of \(keyspace)"]
  }

  /// Writes every service's seed keys (a string, a hash, a list, a set) and the shared prefixes' keys; returns
  /// the strings and their values.
  static func seed(_ platform: GeneratedPlatform, with connection: EngineConnection) throws -> [String: String] {
    var strings: [String: String] = [:]
    var commands: [[String]] = []
    for keyspace in platform.services.map(\.keyspace) + GeneratedPlatform.sharedPrefixes + ["reports"] {
      for (key, value) in seededKeys(of: keyspace) {
        strings[key] = value
        commands.append(["SET", key, value])
      }
      commands += [
        ["HSET", "\(keyspace):seed:hash", "field", "value"], ["RPUSH", "\(keyspace):seed:list", "a", "b"],
        ["SADD", "\(keyspace):seed:set", "a"],
      ]
    }
    let failed = try connection.pipeline(commands).filter(\.isError)
    guard failed.isEmpty else { throw EngineConnection.Failure(description: "seeding failed: \(failed)") }
    return strings
  }

  /// The seeded strings whose value changed or that are gone.
  static func changedSeeds(_ seeded: [String: String], with connection: EngineConnection) throws -> [String] {
    let keys = seeded.keys.sorted()
    let replies = try connection.pipeline(keys.map { ["GET", $0] })
    return zip(keys, replies).compactMap { key, reply in reply == .bulk(seeded[key]) ? nil : "\(key): \(reply)" }
  }

  /// The data types, expiry, transactions, pipelining and Lua on the service's own keys; reading only, for a
  /// read-only service.
  func ownKeyspace() throws -> [String] {
    let own = "\(keyspace):seed:string"
    let value = EngineReply.bulk("value of \(keyspace)")
    var checks: [([String], Expectation)] = [
      (["GET", own], .reply(value)), (["EXISTS", own], .reply(.integer(1))), (["TTL", own], .reply(.integer(-1))),
      (["TYPE", own], .reply(.status("string"))), (["HGETALL", "\(keyspace):seed:hash"], .succeeds),
      (["LRANGE", "\(keyspace):seed:list", "0", "-1"], .succeeds), (["SMEMBERS", "\(keyspace):seed:set"], .succeeds),
      (["HSCAN", "\(keyspace):seed:hash", "0"], .succeeds), (["OBJECT", "ENCODING", own], .succeeds),
      (["MEMORY", "USAGE", own], .succeeds), (["PING"], .reply(.status("PONG"))),
      (["CLIENT", "SETNAME", service.userName], .reply(.status("OK"))),
      (["EVAL_RO", "return redis.call('GET', KEYS[1])", "1", own], .reply(value)),
      (["MULTI"], .reply(.status("OK"))), (["GET", own], .reply(.status("QUEUED"))),
      (["EXEC"], .reply(.array([value]))),
    ]
    for prefix in service.permissions.sharedPrefixes {
      let shared = "\(prefix):seed:string"
      checks.append((["GET", shared], .reply(.bulk("value of \(prefix)"))))
      checks.append((["SET", "\(prefix):written-by:\(service.userName)", "1"], readOnly ? .commandDenied : .succeeds))
    }
    checks += readOnly ? readOnlyRefusals(own) : readWriteCommands()
    var failures = try run(checks)
    if !readOnly { failures += try scriptCache() }
    return failures
  }

  private func readOnlyRefusals(_ own: String) -> [([String], Expectation)] {
    [
      (["SET", own, "changed"], .commandDenied), (["DEL", own], .commandDenied),
      (["EXPIRE", own, "1"], .commandDenied), (["HSET", "\(keyspace):seed:hash", "f", "v"], .commandDenied),
      (["EVAL", "return redis.call('DEL', KEYS[1])", "1", own], .commandDenied),
      (["EVAL_RO", "return redis.call('DEL', KEYS[1])", "1", own], .denied),
      (["PUBLISH", "\(keyspace):events", "x"], .commandDenied),
    ]
  }

  private func readWriteCommands() -> [([String], Expectation)] {
    let key = { (name: String) in "\(keyspace):test:\(name)" }
    return [
      (["SET", key("string"), "v"], .reply(.status("OK"))), (["GET", key("string")], .reply(.bulk("v"))),
      (["INCR", key("counter")], .reply(.integer(1))), (["EXPIRE", key("string"), "100"], .reply(.integer(1))),
      (["PERSIST", key("string")], .reply(.integer(1))), (["PEXPIRE", key("counter"), "100000"], .reply(.integer(1))),
      (["HSET", key("hash"), "f", "v"], .reply(.integer(1))), (["HGET", key("hash"), "f"], .reply(.bulk("v"))),
      (["LPUSH", key("list"), "a", "b"], .reply(.integer(2))), (["RPOP", key("list")], .reply(.bulk("a"))),
      (["SADD", key("set"), "a"], .reply(.integer(1))), (["SISMEMBER", key("set"), "a"], .reply(.integer(1))),
      (["ZADD", key("zset"), "1", "a"], .reply(.integer(1))), (["ZINCRBY", key("zset"), "2", "a"], .reply(.bulk("3"))),
      (["XADD", key("stream"), "*", "f", "v"], .succeeds), (["XLEN", key("stream")], .reply(.integer(1))),
      (["XGROUP", "CREATE", key("stream"), "group", "0"], .reply(.status("OK"))),
      (["XREADGROUP", "GROUP", "group", "consumer", "COUNT", "1", "STREAMS", key("stream"), ">"], .succeeds),
      (["PFADD", key("hll"), "a"], .reply(.integer(1))), (["PFCOUNT", key("hll")], .reply(.integer(1))),
      (["SETBIT", key("bits"), "7", "1"], .reply(.integer(0))), (["BITCOUNT", key("bits")], .reply(.integer(1))),
      (["GEOADD", key("geo"), "13.361389", "38.115556", "palermo"], .reply(.integer(1))),
      (["COPY", key("string"), key("copy")], .reply(.integer(1))),
      (["RENAME", key("copy"), key("renamed")], .reply(.status("OK"))),
      (["UNLINK", key("renamed")], .reply(.integer(1))), (["DEL", key("counter")], .reply(.integer(1))),
      (["WATCH", key("tx")], .reply(.status("OK"))), (["MULTI"], .reply(.status("OK"))),
      (["SET", key("tx"), "1"], .reply(.status("QUEUED"))), (["INCR", key("tx")], .reply(.status("QUEUED"))),
      (["EXEC"], .reply(.array([.status("OK"), .integer(2)]))),
      (
        ["EVAL", "redis.call('SET', KEYS[1], ARGV[1]) return redis.call('GET', KEYS[1])", "1", key("lua"), "lua"],
        .reply(.bulk("lua"))
      ),
      (["PUBLISH", "\(keyspace):events", "x"], .reply(.integer(0))),
    ]
  }

  /// `SCRIPT LOAD` then `EVALSHA` on the service's keys.
  private func scriptCache() throws -> [String] {
    let script = "return redis.call('GET', KEYS[1])"
    guard case .bulk(let sha?) = try connection.run(["SCRIPT", "LOAD", script]) else { return ["SCRIPT LOAD failed"] }
    return try run([
      (["EVALSHA", sha, "1", "\(keyspace):seed:string"], .reply(.bulk("value of \(keyspace)"))),
      (["SCRIPT", "EXISTS", sha], .reply(.array([.integer(1)]))),
    ])
  }

  /// Reading, writing, deleting and scripting every other service's keys.
  func othersKeys() throws -> [String] {
    var checks: [([String], Expectation)] = []
    for other in platform.services where other.userName != service.userName {
      let string = "\(other.keyspace):seed:string"
      checks += [
        (["GET", string], .denied), (["SET", string, "stolen"], .denied), (["DEL", string], .denied),
        (["UNLINK", "\(other.keyspace):seed:list"], .denied), (["HGETALL", "\(other.keyspace):seed:hash"], .denied),
        (["EXPIRE", string, "1"], .denied), (["EXISTS", string], .denied), (["TYPE", string], .denied),
        (["DUMP", string], .denied), (["OBJECT", "ENCODING", string], .denied),
        (["RENAME", string, "\(keyspace):stolen"], .denied), (["COPY", string, "\(keyspace):stolen"], .denied),
        (["EVAL", "return redis.call('GET', KEYS[1])", "1", string], .denied),
        (["EVAL", "return redis.call('DEL', ARGV[1])", "0", string], .denied),
        (["EVAL_RO", "return redis.call('GET', ARGV[1])", "0", string], .denied),
      ]
    }
    return try run(checks)
  }

  /// Listing, counting, flushing and administering the whole cache.
  func wholeCache() throws -> [String] {
    let own = "\(keyspace):seed:string"
    let commands: [[String]] = [
      ["KEYS", "*"], ["SCAN", "0"], ["SCAN", "0", "MATCH", "*", "COUNT", "1000"], ["RANDOMKEY"], ["DBSIZE"],
      ["CLUSTER", "GETKEYSINSLOT", "0", "10"], ["CLUSTER", "COUNTKEYSINSLOT", "0"],
      ["CLIENT", "TRACKING", "ON", "BCAST"],
      ["PUBSUB", "CHANNELS"], ["PUBSUB", "NUMSUB", "x"], ["SORT", own], ["FLUSHALL"], ["FLUSHALL", "ASYNC"],
      ["FLUSHDB"], ["SWAPDB", "0", "1"], ["SELECT", "1"], ["MOVE", own, "1"], ["SCRIPT", "FLUSH"], ["SCRIPT", "KILL"],
      ["SCRIPT", "DEBUG", "YES"], ["FUNCTION", "FLUSH"], ["FUNCTION", "DELETE", "library"],
      ["FUNCTION", "LOAD", "REPLACE", "#!lua name=library\nserver.register_function('f', function() return 1 end)"],
      ["FUNCTION", "LIST"], ["FUNCTION", "DUMP"], ["FUNCTION", "RESTORE", "payload"], ["FUNCTION", "KILL"],
      ["FUNCTION", "STATS"], ["ACL", "LIST"], ["ACL", "USERS"], ["ACL", "GETUSER", "platform-operator"],
      ["ACL", "SETUSER", "intruder", "on", ">intruder-password", "~*", "+@all"],
      ["ACL", "DELUSER", "platform-operator"],
      ["ACL", "LOG"], ["CONFIG", "GET", "*"], ["CONFIG", "SET", "maxmemory", "1"], ["CLIENT", "LIST"],
      ["CLIENT", "KILL", "ID", "1"], ["CLIENT", "PAUSE", "1"], ["CLIENT", "UNBLOCK", "1"],
      ["CLIENT", "NO-EVICT", "ON"],
      ["DEBUG", "SLEEP", "0"], ["MONITOR"], ["SHUTDOWN", "NOSAVE"], ["INFO"], ["INFO", "keyspace"], ["SLOWLOG", "GET"],
      ["LATENCY", "LATEST"], ["MEMORY", "DOCTOR"], ["MEMORY", "STATS"], ["MEMORY", "PURGE"], ["FAILOVER"],
      ["REPLICAOF", "NO", "ONE"], ["SAVE"], ["BGSAVE"], ["BGREWRITEAOF"], ["LASTSAVE"], ["ROLE"], ["MODULE", "LIST"],
      ["MIGRATE", "127.0.0.1", "1", own, "0", "10"], ["RESTORE", "\(keyspace):restored", "0", "payload"],
      ["CLUSTER", "MEET", "127.0.0.1", "1"], ["CLUSTER", "RESET"],
    ]
    return try run(commands.map { ($0, .commandDenied) })
  }

  /// The service's channels (`<keyspace>:*` and the declared ones) and none other, on a server whose default
  /// is every channel.
  func channels() throws -> [String] {
    let own = "\(keyspace):events"
    var checks: [([String], Expectation)] = [
      (["PUBLISH", "somewhere-else", "x"], .denied), (["SUBSCRIBE", "somewhere-else"], .denied),
      (["PSUBSCRIBE", "*"], .denied), (["SUBSCRIBE", "__redis__:invalidate"], .denied),
    ]
    for other in platform.services where other.userName != service.userName {
      checks += [
        (["PUBLISH", "\(other.keyspace):events", "x"], .denied), (["SUBSCRIBE", "\(other.keyspace):events"], .denied),
        (["SSUBSCRIBE", "\(other.keyspace):events"], .denied),
        (["SUBSCRIBE", "__keyspace@0__:\(other.keyspace):seed:string"], .denied),
      ]
    }
    for channel in service.permissions.channels {
      checks.append((["PUBLISH", channel, "x"], readOnly ? .commandDenied : .reply(.integer(0))))
    }
    let subscribed = EngineReply.array([.bulk("subscribe"), .bulk(own), .integer(1)])
    let unsubscribed = EngineReply.array([.bulk("unsubscribe"), .bulk(own), .integer(0)])
    checks += [
      (["SUBSCRIBE", own], .reply(subscribed)), (["UNSUBSCRIBE", own], .reply(unsubscribed)),
      (["PING"], .reply(.status("PONG"))),
    ]
    return try run(checks)
  }

  /// Pipelines the commands and lists each reply that does not meet its expectation.
  private func run(_ checks: [([String], Expectation)]) throws -> [String] {
    let replies = try connection.pipeline(checks.map(\.0))
    return zip(checks, replies).compactMap { check, reply in
      let (command, expectation) = check
      let met =
        switch expectation {
        case .succeeds: !reply.isError
        case .reply(let expected): reply == expected
        case .denied: reply.isPermissionDenied
        case .commandDenied: reply.isCommandDenied
        }
      return met ? nil : "\(command.joined(separator: " ")) → \(reply)"
    }
  }
}
