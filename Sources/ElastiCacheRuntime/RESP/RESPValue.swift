import NIOCore

/// A RESP2 value: what the Redis serialization protocol carries both ways.
enum RESPValue: Sendable, Equatable {
  /// `+OK\r\n`
  case simpleString(String)
  /// `-ERR message\r\n`
  case error(String)
  /// `:42\r\n`
  case integer(Int64)
  /// `$5\r\nhello\r\n`
  case bulkString([UInt8])
  /// `$-1\r\n` or `*-1\r\n`
  case null
  /// `*2\r\n…`
  case array([RESPValue])

  /// A command as Redis expects it: an array of bulk strings.
  static func command(_ parts: [String]) -> RESPValue {
    .array(parts.map { .bulkString(Array($0.utf8)) })
  }

  /// A short rendering for messages, e.g. `+QUEUED`, `-ERR …`, `a bulk string of 5 bytes`.
  var summary: String {
    switch self {
    case .simpleString(let text): "+\(text)"
    case .error(let text): "-\(text)"
    case .integer(let number): ":\(number)"
    case .bulkString(let bytes): "a bulk string of \(bytes.count) bytes"
    case .null: "a null reply"
    case .array(let elements): "an array of \(elements.count) elements"
    }
  }

  /// Writes the value's wire form to `buffer`.
  func write(to buffer: inout ByteBuffer) {
    switch self {
    case .simpleString(let text):
      buffer.writeString("+\(text)\r\n")
    case .error(let text):
      buffer.writeString("-\(text)\r\n")
    case .integer(let number):
      buffer.writeString(":\(number)\r\n")
    case .bulkString(let bytes):
      buffer.writeString("$\(bytes.count)\r\n")
      buffer.writeBytes(bytes)
      buffer.writeString("\r\n")
    case .null:
      buffer.writeString("$-1\r\n")
    case .array(let elements):
      buffer.writeString("*\(elements.count)\r\n")
      for element in elements {
        element.write(to: &buffer)
      }
    }
  }
}
