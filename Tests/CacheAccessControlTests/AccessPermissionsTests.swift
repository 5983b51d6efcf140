import CacheAccessControl
import Testing

@Suite("Access permissions")
struct AccessPermissionsTests {
  @Test("applies command rules left to right by category, as the engine does")
  func commands() {
    let permissions = AccessString("on ~app:* +@all -@dangerous +info").permissions()
    #expect(permissions.allows("GET", in: .valkey8))
    #expect(!permissions.allows("flushall", in: .valkey8))
    #expect(permissions.allows("info", in: .valkey8))
    #expect(!permissions.allows("config|set", in: .valkey8))
    // SCAN and RANDOMKEY are not @dangerous: denying @dangerous alone leaves key listing open.
    #expect(permissions.allows("scan", in: .redis7))
    #expect(permissions.allows("randomkey", in: .redis7))
  }

  @Test("a later +@all or -@all overrides everything before it")
  func allOverrides() {
    #expect(!AccessString("on +get -@all").permissions().allows("get", in: .valkey8))
    #expect(AccessString("on -get allcommands").permissions().allows("get", in: .valkey8))
    #expect(!AccessString("on +@all -config").permissions().allows("config|get", in: .valkey8))
    #expect(AccessString("on -@all +config|get").permissions().allows("config|get", in: .valkey8))
    #expect(!AccessString("on -@all +config|get").permissions().allows("config|set", in: .valkey8))
  }

  @Test("tracks readable and writable keys")
  func keys() {
    let permissions = AccessString("on ~a:* %R~b:* %W~c:* +@all").permissions()
    #expect(permissions.canRead("b:1") && !permissions.canWrite("b:1"))
    #expect(permissions.canWrite("c:1") && !permissions.canRead("c:1"))
    #expect(permissions.canRead("a:1") && permissions.canWrite("a:1"))
    #expect(!permissions.reachesAllKeys)
    #expect(AccessString("on allkeys").permissions().reachesAllKeys)
    #expect(!AccessString("on ~* resetkeys ~a").permissions().reachesAllKeys)
  }

  @Test("starts channels from the server's pub/sub default")
  func channels() {
    #expect(AccessString("on ~a:*").permissions(pubSubDefault: .allChannels).canUse(channel: "anything"))
    #expect(!AccessString("on ~a:*").permissions(pubSubDefault: .resetChannels).canUse(channel: "anything"))
    let scoped = AccessString("on resetchannels &a:*").permissions(pubSubDefault: .allChannels)
    #expect(scoped.canUse(channel: "a:1") && !scoped.canUse(channel: "b:1"))
    #expect(AccessString("on").permissions().isEnabled)
    #expect(!AccessString("~*").permissions().isEnabled)
    #expect(!AccessString("on off").permissions().isEnabled)
  }

  @Test("compares permissions as sets, not as text")
  func comparison() {
    let old = AccessString("on ~orders:* +@read").permissions()
    let same = AccessString("on %R~orders:a* %R~orders:[^a]* ~orders: +@read").permissions()
    let sameComparison = AccessComparison(from: old, to: same, in: .valkey8)
    #expect(!sameComparison.widenedReadableKeys.contains { $0.text.hasPrefix("orders:a") })
    let wider = AccessString("on ~orders:* ~other:* +@read +@write").permissions()
    let comparison = AccessComparison(from: old, to: wider, in: .valkey8)
    #expect(comparison.isWidened)
    #expect(comparison.widenedReadableKeys.map(\.text) == ["other:*"])
    #expect(comparison.addedCommands.contains("set"))
    #expect(!comparison.isNarrowed)
    let reverse = AccessComparison(from: wider, to: old, in: .valkey8)
    #expect(reverse.isNarrowed && !reverse.isWidened)
  }

  @Test("reads the command tables of both engines")
  func tables() {
    for table in [CommandTable.valkey8, .redis7] {
      #expect(table.commands["flushall"]?.contains("dangerous") == true)
      #expect(table.commands(in: "read").contains("get"))
      #expect(table.callableCommands.contains("config|get"))
      #expect(!table.callableCommands.contains("config"))
    }
    #expect(CommandTable.forEngine("redis").engine == "redis")
    #expect(CommandTable.forEngine("valkey").engine == "valkey")
  }
}
