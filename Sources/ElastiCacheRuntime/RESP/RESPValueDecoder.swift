import NIOCore

/// Decodes inbound bytes into ``RESPValue``s.
struct RESPValueDecoder: ByteToMessageDecoder {
  typealias InboundOut = RESPValue

  mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
    guard let value = try RESPParser.parse(&buffer) else { return .needMoreData }
    context.fireChannelRead(wrapInboundOut(value))
    return .continue
  }

  mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
    -> DecodingState
  {
    try decode(context: context, buffer: &buffer)
  }
}
