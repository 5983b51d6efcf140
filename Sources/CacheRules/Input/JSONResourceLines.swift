/// Finds the line of each resource in a JSON template's text: the keys of the top-level `Resources` object.
enum JSONResourceLines {
  static func lines(in text: String) -> [String: Int] {
    var lines: [String: Int] = [:]
    var line = 1
    var depth = 0
    var inResources = false
    var bytes = Array(text.utf8)[...]
    var expectingKey = false
    while let byte = bytes.popFirst() {
      switch byte {
      case UInt8(ascii: "\n"): line += 1
      case UInt8(ascii: "{"):
        depth += 1
        expectingKey = true
      case UInt8(ascii: "}"):
        depth -= 1
        if depth < 2 { inResources = false }
      case UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "]"): depth -= 1
      case UInt8(ascii: ","): expectingKey = true
      case UInt8(ascii: ":"): expectingKey = false
      case UInt8(ascii: "\""):
        let startLine = line
        var string: [UInt8] = []
        while let next = bytes.popFirst(), next != UInt8(ascii: "\"") {
          if next == UInt8(ascii: "\\"), let escaped = bytes.popFirst() {
            string.append(escaped)
          } else {
            if next == UInt8(ascii: "\n") { line += 1 }
            string.append(next)
          }
        }
        guard expectingKey else { break }
        let key = String(decoding: string, as: UTF8.self)
        if depth == 1 {
          inResources = key == "Resources"
        } else if depth == 2, inResources, lines[key] == nil {
          lines[key] = startLine
        }
      default: break
      }
    }
    return lines
  }
}
