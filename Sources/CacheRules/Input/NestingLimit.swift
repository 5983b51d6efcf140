/// How deeply a template's text may nest: deeper text is refused before it is parsed, so that hostile input
/// cannot exhaust the stack of the recursive parsers.
enum NestingLimit {
  /// The most levels of brackets (or, in YAML, of indentation) a template may have.
  static let depth = 256

  /// Why `text` nests too deeply, or `nil` when it does not.
  static func problem(in text: String) -> String? {
    var level = 0
    var inString = false
    var escaped = false
    var column = 0
    var atLineStart = true
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") {
        column = 0
        atLineStart = true
        continue
      }
      if atLineStart {
        if byte == UInt8(ascii: " ") {
          column += 1
          if column > depth * 4 { return "It is indented more than \(depth * 4) columns; it is not read." }
          continue
        }
        atLineStart = false
      }
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        level += 1
        if level > depth { return "It nests more than \(depth) levels deep; it is not read." }
      case UInt8(ascii: "]"), UInt8(ascii: "}"): level = max(0, level - 1)
      default: break
      }
    }
    return nil
  }
}
