/// The AWS CDK's algorithms for turning construct paths into identifiers.
enum UniqueID {
  /// A path component left out of identifiers, so that a construct can take its parent's place.
  static let hiddenComponent = "Default"
  /// A path component left out of the human-readable part of identifiers.
  static let hiddenFromHumans = "Resource"
  private static let hashLength = 8
  private static let maxHumanLength = 240
  private static let maxIDLength = 255

  /// A logical id from path components: the alphanumeric parts of the components followed by an
  /// 8-character hash of the path, or the single component itself when there is only one.
  static func make(_ components: [String]) -> String {
    let components = components.filter { $0 != hiddenComponent }
    if components.count == 1 {
      let single = alphanumeric(components[0])
      if single.count <= maxIDLength { return single }
    }
    let human = String(
      removeDuplicates(components).filter { $0 != hiddenFromHumans }.map(alphanumeric).joined().prefix(maxHumanLength)
    )
    return human + pathHash(components)
  }

  /// A physical name from path components, as `Names.uniqueResourceName` builds it.
  static func makeResourceName(
    _ components: [String],
    maxLength: Int,
    separator: String,
    allowedSpecialCharacters: String,
    prefix: String = ""
  ) -> String {
    let components = components.filter { $0 != hiddenComponent }
    let allowed = { (component: String) in keeping(component, allowed: allowedSpecialCharacters) }
    if components.count == 1 {
      let single = prefix + allowed(components[0])
      if single.count <= maxLength { return single }
    }
    let hash = pathHash(components)
    let human =
      prefix
      + removeDuplicates(components).filter { $0 != hiddenFromHumans }.map(allowed).filter { !$0.isEmpty }
      .joined(separator: separator) + separator
    let maxHuman = maxLength - hashLength
    guard human.count > maxHuman else { return human + hash }
    let half = maxHuman / 2
    return String(human.prefix(half)) + String(human.suffix(half)) + hash
  }

  /// The first 8 characters of the MD5 of the components joined by `/`, uppercased.
  static func pathHash(_ components: [String]) -> String {
    String(Hashing.md5Hex(components.joined(separator: "/")).prefix(hashLength)).uppercased()
  }

  /// Drops a component when the previous kept one ends with it (`Bucket/Bucket` → `Bucket`).
  private static func removeDuplicates(_ components: [String]) -> [String] {
    var kept: [String] = []
    for component in components where kept.last.map({ !$0.hasSuffix(component) }) ?? true {
      kept.append(component)
    }
    return kept
  }

  static func alphanumeric(_ text: String) -> String { keeping(text, allowed: "") }

  private static func keeping(_ text: String, allowed: String) -> String {
    String(
      text.unicodeScalars.filter { $0.isASCIIAlphanumeric || allowed.unicodeScalars.contains($0) }.map(Character.init))
  }
}

extension Unicode.Scalar {
  var isASCIIAlphanumeric: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
  }
}
