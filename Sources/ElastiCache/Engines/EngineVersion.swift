/// A full engine version, such as `7.1` or `1.6.22`: numbers separated by dots, compared number by number.
struct EngineVersion: Comparable, CustomStringConvertible {
  /// The numbers, major first.
  let components: [Int]

  /// The version in `text`; `nil` unless it is two or three numbers separated by dots.
  init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count) else { return nil }
    var components: [Int] = []
    for part in parts {
      guard !part.isEmpty, part.count <= 4, part.allSatisfy(\.isASCIIDigit), let number = Int(part) else { return nil }
      components.append(number)
    }
    self.components = components
  }

  /// A version from its numbers.
  init(_ components: Int...) { self.components = components }

  /// The major version: the first number (Valkey and Redis OSS) or the first two (Memcached, whose
  /// majors are `1.4`, `1.5`, `1.6`).
  func major(of engineType: String) -> String {
    let count = engineType == CacheEngine.memcachedLatest.engineType ? 2 : 1
    return components.prefix(count).map(String.init).joined(separator: ".")
  }

  /// Whether this version belongs to the major version `major` (`7` holds `7.1`, `1.6` holds `1.6.22`).
  func belongs(toMajor major: String) -> Bool {
    let majorComponents = major.split(separator: ".").map { Int($0) }
    guard majorComponents.count <= components.count else { return false }
    return zip(majorComponents, components).allSatisfy { $0 == $1 }
  }

  static func < (lhs: EngineVersion, rhs: EngineVersion) -> Bool {
    lhs.components.lexicographicallyPrecedes(rhs.components)
  }

  var description: String { components.map(String.init).joined(separator: ".") }
}

extension Character {
  /// Whether the character is one of the ASCII digits `0`–`9`.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
