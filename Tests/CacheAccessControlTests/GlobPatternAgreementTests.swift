import CacheAccessControl
import Testing

/// Compares the automaton's answers with brute force over every short key, for random patterns.
@Suite("Glob patterns agree with brute force")
struct GlobPatternAgreementTests {
  /// A small deterministic generator, so that failures reproduce.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11
    }
  }

  static let pieces = ["a", "b", "*", "?", "[ab]", "[^a]", "\\*"]
  static let keys: [String] = {
    var keys = [""]
    var frontier = [""]
    for _ in 0..<4 {
      frontier = frontier.flatMap { prefix in ["a", "b", "c", "*"].map { prefix + $0 } }
      keys += frontier
    }
    return keys
  }()

  static func randomPattern(_ generator: inout SeededGenerator) -> GlobPattern {
    let length = Int.random(in: 0...3, using: &generator)
    return GlobPattern((0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined())
  }

  @Test("overlap and coverage match every key up to four characters")
  func agreement() {
    var generator = SeededGenerator(state: 42)
    for _ in 0..<200 {
      let left = Self.randomPattern(&generator)
      let right = Self.randomPattern(&generator)
      let leftKeys = Set(Self.keys.filter(left.matches))
      let rightKeys = Set(Self.keys.filter(right.matches))
      let shared = !leftKeys.isDisjoint(with: rightKeys)
      if shared { #expect(left.overlaps(right), "\(left) and \(right) share a key") }
      if !left.overlaps(right) { #expect(!shared, "\(left) and \(right) share no key") }
      let covered = left.isCovered(by: right)
      if !leftKeys.isSubset(of: rightKeys) { #expect(covered == false, "\(left) is not covered by \(right)") }
      if covered == true { #expect(leftKeys.isSubset(of: rightKeys), "\(left) is covered by \(right)") }
    }
  }
}
