/// A set of bytes: what one step of a glob pattern matches.
struct ByteSet: Hashable, Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// No byte.
  static let empty = ByteSet()

  /// Every byte.
  static let all: ByteSet = {
    var set = ByteSet()
    set.words = (.max, .max, .max, .max)
    return set
  }()

  /// The single byte `byte`.
  init(_ byte: UInt8) { insert(byte) }

  private init() {}

  /// The bytes from `lower` through `upper`.
  init(range lower: UInt8, _ upper: UInt8) {
    for byte in lower...upper { insert(byte) }
  }

  mutating func insert(_ byte: UInt8) {
    let bit = UInt64(1) << UInt64(byte % 64)
    switch byte / 64 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  func contains(_ byte: UInt8) -> Bool {
    let bit = UInt64(1) << UInt64(byte % 64)
    switch byte / 64 {
    case 0: return words.0 & bit != 0
    case 1: return words.1 & bit != 0
    case 2: return words.2 & bit != 0
    default: return words.3 & bit != 0
    }
  }

  var isEmpty: Bool { words.0 | words.1 | words.2 | words.3 == 0 }

  var inverted: ByteSet {
    var set = ByteSet()
    set.words = (~words.0, ~words.1, ~words.2, ~words.3)
    return set
  }

  func union(_ other: ByteSet) -> ByteSet {
    var set = ByteSet()
    set.words = (words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2, words.3 | other.words.3)
    return set
  }

  func intersection(_ other: ByteSet) -> ByteSet {
    var set = ByteSet()
    set.words = (words.0 & other.words.0, words.1 & other.words.1, words.2 & other.words.2, words.3 & other.words.3)
    return set
  }

  /// The smallest byte in the set.
  var first: UInt8? { (0...255).lazy.map(UInt8.init).first(where: contains) }

  static func == (lhs: ByteSet, rhs: ByteSet) -> Bool {
    lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
      && lhs.words.3 == rhs.words.3
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(words.0)
    hasher.combine(words.1)
    hasher.combine(words.2)
    hasher.combine(words.3)
  }
}
