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
    return splitInMiddle(human, maxHuman) + hash
  }

  /// The first and last halves of `text`, `length` characters together, cut as JavaScript's
  /// `s.slice(0, length / 2) + s.slice(-length / 2)` cuts them (so a length below 2 keeps the whole text).
  private static func splitInMiddle(_ text: String, _ length: Int) -> String {
    let characters = Array(text)
    func position(_ offset: Double) -> Int {
      let whole = Int(offset.rounded(.towardZero))
      return whole < 0 ? max(characters.count + whole, 0) : min(whole, characters.count)
    }
    let half = Double(length) / 2
    let head = characters[0..<position(half)]
    let tail = characters[position(-half)...]
    return String(head) + String(tail)
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

  /// The text without characters other than ASCII letters, digits and `allowed`, which the AWS CDK
  /// places in a regular expression character class: `a-z` there is a range and `\\` escapes.
  private static func keeping(_ text: String, allowed: String) -> String {
    let ranges = characterClassRanges(allowed)
    return String(
      text.unicodeScalars.filter { scalar in
        scalar.isASCIIAlphanumeric || ranges.contains { $0.contains(scalar.value) }
      }.map(Character.init))
  }

  /// The code point ranges a regular expression character class body such as `-_.` or `a-f` stands for.
  private static func characterClassRanges(_ body: String) -> [ClosedRange<UInt32>] {
    var atoms: [UInt32] = []
    var isEscaped: [Bool] = []
    var escaping = false
    for scalar in body.unicodeScalars {
      if !escaping, scalar == "\\" {
        escaping = true
        continue
      }
      atoms.append(scalar.value)
      isEscaped.append(escaping)
      escaping = false
    }
    var ranges: [ClosedRange<UInt32>] = []
    var index = 0
    let dash = UInt32(UInt8(ascii: "-"))
    while index < atoms.count {
      if index + 2 < atoms.count, atoms[index + 1] == dash, !isEscaped[index + 1], atoms[index] <= atoms[index + 2] {
        ranges.append(atoms[index]...atoms[index + 2])
        index += 3
      } else {
        ranges.append(atoms[index]...atoms[index])
        index += 1
      }
    }
    return ranges
  }
}

extension Unicode.Scalar {
  var isASCIIAlphanumeric: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
  }
}
