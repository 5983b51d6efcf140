import NIOCore
import Testing

@testable import ElastiCacheRuntime

@Suite("RESP encoding and parsing")
struct RESPParserTests {
  static func parseAll(_ text: String) throws -> [RESPValue] {
    var buffer = ByteBuffer(string: text)
    var values: [RESPValue] = []
    while let value = try RESPParser.parse(&buffer) {
      values.append(value)
    }
    return values
  }

  @Test("parses simple strings, errors, integers, bulk strings, nulls and nested arrays")
  func allTypes() throws {
    let values = try Self.parseAll(
      "+OK\r\n-WRONGPASS invalid username-password pair\r\n:-42\r\n$5\r\nhel\r\n\r\n$-1\r\n*2\r\n*1\r\n:1\r\n$0\r\n\r\n*-1\r\n"
    )
    #expect(
      values == [
        .simpleString("OK"),
        .error("WRONGPASS invalid username-password pair"),
        .integer(-42),
        .bulkString(Array("hel\r\n".utf8)),
        .null,
        .array([.array([.integer(1)]), .bulkString([])]),
        .null,
      ]
    )
  }

  @Test(
    "waits for more bytes without consuming a partial value",
    arguments: ["+PON", "$5\r\nhel", "*2\r\n:1\r\n", "$5", ":1\r"])
  func partialValue(_ text: String) throws {
    var buffer = ByteBuffer(string: text)
    #expect(try RESPParser.parse(&buffer) == nil)
    #expect(buffer.readableBytes == text.utf8.count)
  }

  @Test(
    "rejects bytes that are not RESP", arguments: ["\u{15}\u{03}\u{03}\r\n", "$x\r\n", "$1\r\nab\r\n", "+A\rB\r\n"])
  func invalid(_ text: String) {
    var buffer = ByteBuffer(string: text)
    #expect(throws: RESPParser.ProtocolError.self) { try RESPParser.parse(&buffer) }
  }

  @Test("encodes commands as arrays of bulk strings, and round-trips every type")
  func encoding() throws {
    var buffer = ByteBuffer()
    RESPValue.command(["AUTH", "svc", "pässword"]).write(to: &buffer)
    #expect(String(buffer: buffer) == "*3\r\n$4\r\nAUTH\r\n$3\r\nsvc\r\n$9\r\npässword\r\n")

    let value = RESPValue.array([.simpleString("OK"), .error("ERR x"), .integer(7), .bulkString([0, 13, 10]), .null])
    var encoded = ByteBuffer()
    value.write(to: &encoded)
    #expect(try RESPParser.parse(&encoded) == value)
  }
}
