import NIOCore

/// Parses RESP2 values from bytes that may arrive in pieces.
enum RESPParser {
  /// The bytes are not valid RESP.
  struct ProtocolError: Error, CustomStringConvertible {
    var description: String
  }

  /// Largest bulk string accepted (Redis' own limit is 512 MB; replies here are tiny).
  static let maximumBulkLength = 64 << 20
  /// Deepest array nesting accepted.
  static let maximumDepth = 32

  /// Parses one value from the front of `buffer` and moves its reader index past it, or returns
  /// `nil` (leaving `buffer` untouched) if the value is not complete yet.
  static func parse(_ buffer: inout ByteBuffer) throws(ProtocolError) -> RESPValue? {
    var copy = buffer
    guard let value = try parseValue(&copy, depth: 0) else { return nil }
    buffer = copy
    return value
  }

  private static func parseValue(_ buffer: inout ByteBuffer, depth: Int) throws(ProtocolError) -> RESPValue? {
    guard let type = buffer.readInteger(as: UInt8.self) else { return nil }
    switch type {
    case UInt8(ascii: "+"):
      return try readLine(&buffer).map(RESPValue.simpleString)
    case UInt8(ascii: "-"):
      return try readLine(&buffer).map(RESPValue.error)
    case UInt8(ascii: ":"):
      return try readInteger(&buffer).map(RESPValue.integer)
    case UInt8(ascii: "$"):
      guard let length = try readInteger(&buffer) else { return nil }
      guard length >= 0 else { return .null }
      guard length <= maximumBulkLength else {
        throw ProtocolError(description: "bulk string of \(length) bytes is too long")
      }
      guard buffer.readableBytes >= Int(length) + 2, let bytes = buffer.readBytes(length: Int(length)) else {
        return nil
      }
      guard buffer.readString(length: 2) == "\r\n" else {
        throw ProtocolError(description: "bulk string is not followed by CRLF")
      }
      return .bulkString(bytes)
    case UInt8(ascii: "*"):
      guard let count = try readInteger(&buffer) else { return nil }
      guard count >= 0 else { return .null }
      guard depth < maximumDepth else { throw ProtocolError(description: "arrays are nested too deeply") }
      var elements: [RESPValue] = []
      for _ in 0..<count {
        guard let element = try parseValue(&buffer, depth: depth + 1) else { return nil }
        elements.append(element)
      }
      return .array(elements)
    default:
      throw ProtocolError(description: "unexpected type byte 0x\(Hex.byte(type, uppercase: false))")
    }
  }

  /// The text up to the next CRLF (consumed), or `nil` if there is no CRLF yet.
  private static func readLine(_ buffer: inout ByteBuffer) throws(ProtocolError) -> String? {
    let view = buffer.readableBytesView
    guard let carriageReturn = view.firstIndex(of: UInt8(ascii: "\r")),
      carriageReturn + 1 < view.endIndex
    else { return nil }
    guard view[carriageReturn + 1] == UInt8(ascii: "\n") else {
      throw ProtocolError(description: "a line ends in CR without LF")
    }
    let length = carriageReturn - view.startIndex
    guard let line = buffer.readString(length: length) else { return nil }
    buffer.moveReaderIndex(forwardBy: 2)
    return line
  }

  private static func readInteger(_ buffer: inout ByteBuffer) throws(ProtocolError) -> Int64? {
    guard let line = try readLine(&buffer) else { return nil }
    guard let number = Int64(line) else { throw ProtocolError(description: "\"\(line)\" is not an integer") }
    return number
  }
}
