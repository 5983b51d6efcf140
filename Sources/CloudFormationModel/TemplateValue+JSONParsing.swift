extension TemplateValue {
  /// Parses JSON text, keeping the order of object members.
  ///
  /// - Throws: ``JSONParsingError`` with the byte offset of the first problem.
  public init(parsingJSON text: String) throws(JSONParsingError) {
    var parser = JSONParser(bytes: Array(text.utf8))
    self = try parser.parseDocument()
  }
}

/// A JSON text could not be parsed.
public struct JSONParsingError: Error, Sendable, CustomStringConvertible {
  /// What is wrong.
  public let message: String
  /// The byte offset in the text where the problem was found.
  public let offset: Int

  public var description: String { "Invalid JSON at byte \(offset): \(message)" }
}

private struct JSONParser {
  let bytes: [UInt8]
  var position = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func parseDocument() throws(JSONParsingError) -> TemplateValue {
    let value = try parseValue()
    skipWhitespace()
    guard position == bytes.count else { throw failure("unexpected trailing characters") }
    return value
  }

  private func failure(_ message: String) -> JSONParsingError {
    JSONParsingError(message: message, offset: position)
  }

  private mutating func skipWhitespace() {
    while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
  }

  private mutating func expect(_ literal: String) throws(JSONParsingError) {
    for byte in literal.utf8 {
      guard position < bytes.count, bytes[position] == byte else { throw failure("expected '\(literal)'") }
      position += 1
    }
  }

  private mutating func parseValue() throws(JSONParsingError) -> TemplateValue {
    skipWhitespace()
    guard position < bytes.count else { throw failure("unexpected end of input") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expect("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expect("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expect("null")
      return .null
    default: return try parseNumber()
    }
  }

  private mutating func parseObject() throws(JSONParsingError) -> TemplateValue {
    position += 1
    var object = TemplateObject()
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(object)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw failure("expected a member name")
      }
      let key = try parseString()
      skipWhitespace()
      try expect(":")
      object[key] = try parseValue()
      skipWhitespace()
      guard position < bytes.count else { throw failure("unterminated object") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(object)
      } else {
        throw failure("expected ',' or '}'")
      }
    }
  }

  private mutating func parseArray() throws(JSONParsingError) -> TemplateValue {
    position += 1
    var elements: [TemplateValue] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(elements)
    }
    while true {
      elements.append(try parseValue())
      skipWhitespace()
      guard position < bytes.count else { throw failure("unterminated array") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(elements)
      } else {
        throw failure("expected ',' or ']'")
      }
    }
  }

  private mutating func parseHex4() throws(JSONParsingError) -> UInt32 {
    guard position + 4 <= bytes.count,
      let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
    else { throw failure("invalid \\u escape") }
    position += 4
    return code
  }

  private mutating func parseString() throws(JSONParsingError) -> String {
    position += 1
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    func flush() {
      scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
      run.removeAll(keepingCapacity: true)
    }
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "\"") {
        flush()
        return String(scalars)
      }
      guard byte == UInt8(ascii: "\\") else {
        run.append(byte)
        continue
      }
      flush()
      guard position < bytes.count else { break }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        var code = try parseHex4()
        if (0xD800..<0xDC00).contains(code), position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        {
          position += 2
          let low = try parseHex4()
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
      default: throw failure("invalid escape")
      }
    }
    throw failure("unterminated string")
  }

  private mutating func parseNumber() throws(JSONParsingError) -> TemplateValue {
    let start = position
    while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
    guard let number = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
      position = start
      throw failure("invalid value")
    }
    return .number(number)
  }
}
