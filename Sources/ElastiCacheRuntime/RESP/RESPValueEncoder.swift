import NIOCore

/// Encodes outbound ``RESPValue``s into bytes.
struct RESPValueEncoder: MessageToByteEncoder {
  typealias OutboundIn = RESPValue

  func encode(data: RESPValue, out: inout ByteBuffer) throws {
    data.write(to: &out)
  }
}
