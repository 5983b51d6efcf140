/// The compute and memory capacity of a cache node, such as `cache.r7g.large`: an open value type with
/// named members for the current generations (``t4gMicro``, ``r7gLarge``...) and an escape hatch for
/// the others (`CacheNodeType("cache.r7g.xlarge")`).
public struct CacheNodeType: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The node type's name, as CloudFormation's `CacheNodeType` takes it.
  public let name: String

  /// A node type by name, such as `cache.m7g.large`.
  public init(_ name: String) { self.name = name }

  /// A node type by name.
  public init(stringLiteral name: String) { self.init(name) }

  /// The parts of a well-formed name: `cache`, the family (`r7g`) and the size (`large`).
  private var parts: [Substring]? {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == "cache",
      parts[1].count >= 2, parts[1].first?.isLetter == true,
      parts[1].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }),
      !parts[2].isEmpty, parts[2].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) })
    else { return nil }
    return parts
  }

  /// Whether the name has the form `cache.<family>.<size>`, such as `cache.r7g.large`.
  public var isWellFormed: Bool { parts != nil }

  /// The instance family, such as `r7g` or `r6gd`; `nil` for a name that is not well formed.
  public var family: String? { parts.map { String($0[1]) } }

  /// The size, such as `large` or `2xlarge`; `nil` for a name that is not well formed.
  public var size: String? { parts.map { String($0[2]) } }

  /// Whether nodes of this type keep data on local SSDs as well as in memory (data tiering): the `r6gd` family.
  public var supportsDataTiering: Bool { family?.hasSuffix("gd") == true && family?.first == "r" }

  /// Whether the type runs on AWS Graviton processors (`t4g`, `m7g`, `r6gd`, `c7gn`...), which need Redis OSS
  /// 5.0.6 or Memcached 1.5.16 and later.
  var isGraviton: Bool {
    guard let family else { return false }
    let generation = family.drop { $0.isLetter }.drop { $0.isNumber }
    return generation.hasPrefix("g")
  }

  /// The families ElastiCache no longer creates nodes of (T1 and T2 nodes).
  static let retiredFamilies: Set<String> = ["t1", "t2"]

  /// The previous-generation families, which ElastiCache still runs but AWS advises against.
  static let previousGenerationFamilies: Set<String> = ["m1", "m2", "m3", "c1", "r3"]

  public var description: String { name }
}
