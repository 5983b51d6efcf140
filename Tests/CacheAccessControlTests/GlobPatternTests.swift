import CacheAccessControl
import Testing

@Suite("Glob patterns")
struct GlobPatternTests {
  @Test(
    "matches keys as the engine does",
    arguments: [
      ("orders:*", "orders:42", true), ("orders:*", "orders:", true), ("orders:*", "order:42", false),
      ("*", "", true), ("a?c", "abc", true), ("a?c", "ac", false), ("[abc]x", "bx", true), ("[^abc]x", "bx", false),
      ("[a-c]x", "cx", true), ("[c-a]x", "bx", true), ("\\*", "*", true), ("\\*", "x", false),
      ("orders\\:*", "orders:1", true), ("[]x", "x", false), ("ab[", "ab", false), ("h*llo", "hello", true),
      ("h*llo", "hllo", true), ("h*llo", "helo", false), ("é*", "é1", true),
    ])
  func matches(pattern: String, key: String, expected: Bool) {
    #expect(GlobPattern(pattern).matches(key) == expected)
  }

  @Test(
    "finds whether two patterns share a key",
    arguments: [
      ("orders:*", "orders:reports:*", true), ("orders:*", "billing:*", false), ("orders*", "orders-api:*", true),
      ("*", "x", true), ("a?", "?b", true), ("a[xy]", "a[z]", false), ("orders:*", "orders", false),
      ("*:1", "orders:*", true),
    ])
  func overlaps(left: String, right: String, expected: Bool) {
    #expect(GlobPattern(left).overlaps(GlobPattern(right)) == expected)
    #expect(GlobPattern(right).overlaps(GlobPattern(left)) == expected)
  }

  @Test(
    "finds whether one pattern's keys are all matched by others",
    arguments: [
      ("orders:reports:*", ["orders:*"], true), ("orders:*", ["orders:reports:*"], false),
      ("orders:*", ["orders:a*", "orders:[^a]*", "orders:"], true), ("orders:*", ["orders:a*", "orders:[^a]*"], false),
      ("a?c", ["a*"], true), ("*", ["**"], true), ("x", [], false), ("[ab]", ["a", "b"], true),
    ])
  func covered(pattern: String, others: [String], expected: Bool) {
    #expect(GlobPattern(pattern).isCovered(by: others.map(GlobPattern.init)) == expected)
  }

  @Test("gives up instead of exploding on pathological patterns")
  func budget() {
    // Covering `*a` followed by n bytes needs the set of positions an `a` was seen at: 2^n states.
    let pattern = GlobPattern("*a" + String(repeating: "?", count: 24))
    #expect(pattern.isCovered(by: [pattern], budget: 1_000) == nil)
    let small = GlobPattern("*a???")
    #expect(small.isCovered(by: [small]) == true)
  }

  @Test("knows patterns that match every key or exactly one")
  func kinds() {
    #expect(GlobPattern("**").matchesEverything)
    #expect(!GlobPattern("*:").matchesEverything)
    #expect(GlobPattern("orders\\*").isLiteral)
    #expect(!GlobPattern("orders:*").isLiteral)
  }
}
