import CacheAccessControl
import Testing

@Suite("Access strings")
struct AccessStringTests {
  @Test("reads every kind of rule")
  func rules() {
    let access = AccessString("on ~a:* %R~b:* %W~c:* &ch:* +@read -@dangerous +config|get -flushall allkeys")
    #expect(
      access.rules.map(\.description) == [
        "on", "~a:*", "%R~b:*", "%W~c:*", "&ch:*", "+@read", "-@dangerous", "+config|get", "-flushall", "allkeys",
      ])
    #expect(access.issues.isEmpty)
  }

  @Test(
    "lists what ElastiCache refuses",
    arguments: [
      ("", [AccessStringIssue.Kind.empty]), ("~* +@all", [.missingOnOff]), ("on reset ~* +@all", [.reset]),
      ("on >secret123456789 ~* +@all", [.password]), ("on nopass ~*", [.password]), ("on (~x +get)", [.selector]),
      ("on ~* bogus", [.unknownRule]), ("on %X~a", [.unknownRule]),
    ])
  func issues(text: String, kinds: [AccessStringIssue.Kind]) {
    #expect(AccessString(text).issues.map(\.kind) == kinds)
  }

  @Test("never repeats a password in an issue")
  func passwordNotRepeated() {
    let issue = AccessString("on >hunter2-hunter2-hunter2 ~*").issues.first
    #expect(issue?.description.contains("hunter2") == false)
  }

  @Test("names commands and categories the engine does not have")
  func unknownCommands() {
    let issues = AccessString("on ~* +@all -@nonsense -notacommand -flushall").issues(in: .valkey8)
    #expect(issues.map(\.rule) == ["-@nonsense", "-notacommand"])
  }

  @Test("lists the patterns the engine refuses after the all-pattern, as redis-server 7 and valkey-server 8 do")
  func patternsAfterAll() {
    let cases: [(text: String, pubSubDefault: PubSubDefault, refused: [String])] = [
      ("on allkeys ~a:*", .resetChannels, ["~a:*"]), ("on ~* %R~a:*", .resetChannels, ["%R~a:*"]),
      ("on ~a:* ~*", .resetChannels, []), ("on %RW~* ~a:* ~** ~b:*", .resetChannels, []),
      ("on allkeys resetkeys ~a:*", .resetChannels, []), ("on &* &a", .resetChannels, ["&a"]),
      ("on &a:* +@all", .allChannels, ["&a:*"]), ("on resetchannels &a:* +@all", .allChannels, []),
      ("on &a:* resetchannels &b", .allChannels, ["&a:*"]), ("on resetchannels &** &a", .allChannels, []),
      ("on resetchannels &a reset &b", .allChannels, ["&b"]), ("on &a reset &b", .resetChannels, []),
    ]
    for (text, pubSubDefault, refused) in cases {
      let issues = AccessString(text).issues(in: .valkey8, pubSubDefault: pubSubDefault)
      #expect(issues.filter { $0.kind == .patternAfterAll }.map(\.rule) == refused, "\(text)")
    }
  }

  @Test("keeps a selector in one rule")
  func selector() {
    #expect(AccessString("on (~x +get) ~y").rules.map(\.description) == ["on", "(~x +get)", "~y"])
  }
}
