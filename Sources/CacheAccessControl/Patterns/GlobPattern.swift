/// A Valkey/Redis glob pattern, as used for key (`~orders:*`) and channel (`&orders:*`) permissions: `*` matches
/// any bytes, `?` one byte, `[abc]`, `[a-z]` and `[^a]` one byte of a class, and `\` escapes the next character.
///
/// Patterns are compared as the languages of keys they match: whether two patterns share a key
/// (``overlaps(_:)``) and whether every key of one is matched by others (``isCovered(by:)``), exactly, on bytes,
/// as the engine matches them.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
  /// One step of a pattern.
  enum Element: Hashable, Sendable {
    /// Any sequence of bytes, possibly empty.
    case anySequence
    /// One byte of the set.
    case byte(ByteSet)
  }

  /// The pattern as written.
  public let text: String
  let elements: [Element]

  /// The pattern `text`, read as the engine reads it (an unterminated class or a trailing `\` included).
  public init(_ text: String) {
    self.text = text
    self.elements = Self.parse(Array(text.utf8))
  }

  public var description: String { text }

  /// Whether the pattern matches every key (`*`, `**`...).
  public var matchesEverything: Bool { !elements.isEmpty && elements.allSatisfy { $0 == .anySequence } }

  /// Whether the pattern has no wildcard: it matches exactly one key.
  public var isLiteral: Bool {
    elements.allSatisfy { element in
      guard case .byte(let set) = element, let first = set.first else { return false }
      return set == ByteSet(first)
    }
  }

  /// Whether `key` matches the pattern.
  public func matches(_ key: String) -> Bool { GlobAutomaton(self).accepts(Array(key.utf8)) }

  /// Whether some key matches both patterns.
  public func overlaps(_ other: GlobPattern) -> Bool { GlobAutomaton(self).intersects(GlobAutomaton(other)) }

  /// Whether every key this pattern matches is matched by one of `patterns`.
  ///
  /// - Returns: `nil` when the comparison would need more than `budget` states (pathological patterns with
  ///   many `?` after a `*`); callers treat that as "not known to be covered".
  public func isCovered(by patterns: [GlobPattern], budget: Int = 20_000) -> Bool? {
    GlobAutomaton(self).isContained(in: GlobAutomaton(union: patterns), budget: budget)
  }

  /// Whether every key this pattern matches is matched by `other`; see ``isCovered(by:budget:)``.
  public func isCovered(by other: GlobPattern) -> Bool? { isCovered(by: [other]) }

  private static func parse(_ bytes: [UInt8]) -> [Element] {
    var elements: [Element] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "*"):
        if elements.last != .anySequence { elements.append(.anySequence) }
        index += 1
      case UInt8(ascii: "?"):
        elements.append(.byte(.all))
        index += 1
      case UInt8(ascii: "["):
        let (set, next) = parseClass(bytes, from: index + 1)
        elements.append(.byte(set))
        index = next
      case UInt8(ascii: "\\") where index + 1 < bytes.count:
        elements.append(.byte(ByteSet(bytes[index + 1])))
        index += 2
      default:
        elements.append(.byte(ByteSet(byte)))
        index += 1
      }
    }
    return elements
  }

  /// Reads a class after its `[`, as the engine does: `^` negates, `\` escapes, `a-z` is a range in either
  /// order, `]` closes, and the end of the pattern closes an unterminated class.
  private static func parseClass(_ bytes: [UInt8], from start: Int) -> (ByteSet, Int) {
    var index = start
    var negated = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "^") {
      negated = true
      index += 1
    }
    var set = ByteSet.empty
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
        set.insert(bytes[index + 1])
        index += 2
      } else if byte == UInt8(ascii: "]") {
        index += 1
        break
      } else if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "-") {
        let (low, high) = (min(byte, bytes[index + 2]), max(byte, bytes[index + 2]))
        set = set.union(ByteSet(range: low, high))
        index += 3
      } else {
        set.insert(byte)
        index += 1
      }
    }
    return (negated ? set.inverted : set, index)
  }
}
