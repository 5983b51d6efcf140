extension SchemaPattern.Parser {
  /// The escapes that stand for code points: classes, control characters, `\x`, `\u`, `\c`, `\0`, `\p`,
  /// and any other character standing for itself.
  mutating func classEscape(inClass: Bool) throws(SchemaPatternError) -> ScalarSet {
    guard let scalar = current else { throw error("\\ at the end of the pattern") }
    position += 1
    switch scalar {
    case "d": return ScalarSet(items: ScalarSet.digitItems)
    case "D": return ScalarSet(items: [.complement(ScalarSet.digitItems)])
    case "w": return ScalarSet(items: ScalarSet.wordItems)
    case "W": return ScalarSet(items: [.complement(ScalarSet.wordItems)])
    case "s": return ScalarSet(items: ScalarSet.spaceItems)
    case "S": return ScalarSet(items: [.complement(ScalarSet.spaceItems)])
    case "t": return .literal("\t")
    case "n": return .literal("\n")
    case "r": return .literal("\r")
    case "v": return .literal("\u{B}")
    case "f": return .literal("\u{C}")
    case "0":
      if let next = current, ("0"..."9").contains(next) { throw error("octal escapes are not supported") }
      return .literal("\0")
    case "c":
      guard let letter = current, ("a"..."z").contains(letter) || ("A"..."Z").contains(letter) else {
        throw error("invalid \\c escape")
      }
      position += 1
      return ScalarSet(items: [.range((letter.value % 32)...(letter.value % 32))])
    case "x":
      return .literal(try hexScalar(digits: 2))
    case "u":
      return .literal(try unicodeEscape())
    case "p", "P":
      let categories = try propertyName()
      return ScalarSet(items: scalar == "p" ? [.category(categories)] : [.complement([.category(categories)])])
    case "1"..."9" where inClass:
      throw error("back references are not supported")
    default:
      // An escaped character without a meaning stands for itself (`\_`, `\/`, `\.`).
      return .literal(scalar)
    }
  }

  /// `\uHHHH` (a surrogate pair of two such escapes makes one code point) or `\u{H…}`, after the `u`.
  mutating func unicodeEscape() throws(SchemaPatternError) -> Unicode.Scalar {
    if take("{") {
      var value: UInt32 = 0
      var count = 0
      while let scalar = current, scalar != "}" {
        guard let digit = scalar.hexDigitValue, count < 8 else { throw error("invalid \\u{} escape") }
        value = value * 16 + digit
        count += 1
        position += 1
      }
      guard count > 0, take("}"), let result = Unicode.Scalar(value) else { throw error("invalid \\u{} escape") }
      return result
    }
    let value = try hexValue(digits: 4)
    if (0xD800...0xDBFF).contains(value), current == "\\", position + 1 < scalars.count, scalars[position + 1] == "u" {
      let mark = position
      position += 2
      if let low = try? hexValue(digits: 4), (0xDC00...0xDFFF).contains(low),
        let combined = Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00))
      {
        return combined
      }
      position = mark
    }
    guard let result = Unicode.Scalar(value) else { throw error("a lone surrogate cannot match a value") }
    return result
  }

  mutating func hexScalar(digits: Int) throws(SchemaPatternError) -> Unicode.Scalar {
    guard let scalar = Unicode.Scalar(try hexValue(digits: digits)) else { throw error("invalid escape") }
    return scalar
  }

  mutating func hexValue(digits: Int) throws(SchemaPatternError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<digits {
      guard let digit = current?.hexDigitValue else { throw error("invalid hexadecimal escape") }
      value = value * 16 + digit
      position += 1
    }
    return value
  }

  /// `{Name}`, `{gc=Name}` or `{General_Category=Name}` after `\p` or `\P`.
  mutating func propertyName() throws(SchemaPatternError) -> Set<Unicode.GeneralCategory> {
    guard take("{") else { throw error("invalid property name") }
    var name = ""
    while let scalar = current, scalar != "}" {
      name.unicodeScalars.append(scalar)
      position += 1
    }
    guard take("}") else { throw error("invalid property name") }
    for prefix in ["gc=", "General_Category="] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
    guard let categories = Unicode.GeneralCategory.categories(named: name) else {
      throw error("unsupported Unicode property '\(name)'")
    }
    return categories
  }
}

extension Unicode.Scalar {
  fileprivate var hexDigitValue: UInt32? {
    switch self {
    case "0"..."9": value - 0x30
    case "a"..."f": value - 0x61 + 10
    case "A"..."F": value - 0x41 + 10
    default: nil
    }
  }
}
