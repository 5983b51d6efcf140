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

  @Test("keeps a selector in one rule")
  func selector() {
    #expect(AccessString("on (~x +get) ~y").rules.map(\.description) == ["on", "(~x +get)", "~y"])
  }
}
