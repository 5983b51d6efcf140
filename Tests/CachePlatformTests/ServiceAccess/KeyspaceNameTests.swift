import CacheAccessControl
import ElastiCacheCDK
import Testing

@Suite("Literal names in the shared cache")
struct KeyspaceNameTests {
  @Test(
    "Keyspaces, prefixes and channels are letters, digits, '-', '_' and '.', in parts separated by ':'",
    arguments: ["orders", "enrollment-api", "billing_worker.v2", "team.orders:reports", "A:b:c", "0", "-", "a.b-c_d"])
  func valid(name: String) {
    #expect(KeyspaceName.violation(in: name) == nil)
    #expect(KeyspaceName(name)?.text == name)
  }

  @Test(
    "Glob and ACL syntax, spaces, quotes and other characters are refused, naming the first offending one",
    arguments: [
      ("", KeyspaceName.Violation.empty), ("billing*", .character("*")), ("*", .character("*")),
      ("common:* ~*", .character("*")), ("a?", .character("?")), ("a[bc]", .character("[")),
      ("x\",\"password\":\"known-password-123456", .character("\"")), ("with space", .character(" ")),
      ("tab\there", .character("\t")), ("back\\slash", .character("\\")), ("&chan", .character("&")),
      ("%R~x", .character("%")), ("+@all", .character("+")), ("ümlaut", .character("ü")),
      ("🚀", .character("🚀")), ("quote'", .character("'")), (":orders", .emptyPart), ("orders:", .emptyPart),
      ("a::b", .emptyPart), (String(repeating: "a", count: 101), .tooLong(101)),
    ])
  func invalid(name: String, violation: KeyspaceName.Violation) {
    #expect(KeyspaceName.violation(in: name) == violation)
    #expect(KeyspaceName(name) == nil)
  }

  @Test("Two names share keys when equal or when one is the other followed by ':', exactly as their patterns do")
  func overlaps() throws {
    let names = ["orders", "orders:reports", "orders:reports:daily", "orders-v2", "ordersx", "order", "billing"]
    for first in names {
      for second in names {
        let a = try #require(KeyspaceName(first))
        let b = try #require(KeyspaceName(second))
        let patternsOverlap = GlobPattern(a.keyPattern).overlaps(GlobPattern(b.keyPattern))
        #expect(a.overlaps(b) == patternsOverlap, "\(first) and \(second)")
        #expect(a.contains(b) == GlobPattern(a.keyPattern).matches(b.text), "\(first) contains \(second)")
      }
    }
  }

  @Test("Messages describe the character without echoing control characters")
  func descriptions() {
    #expect(KeyspaceName.Violation.character(" ").description == "contains a space")
    #expect(KeyspaceName.Violation.character("\n").description == "contains the character U+A")
    #expect(KeyspaceName.Violation.character("*").description == "contains '*'")
    #expect(KeyspaceName.Violation.tooLong(120).description == "is 120 characters long, more than 100")
  }
}
