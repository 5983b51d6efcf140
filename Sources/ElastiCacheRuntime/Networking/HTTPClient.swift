import NIOCore
import NIOHTTP1
import NIOSSL

/// A minimal HTTP/1.1 client for one request per connection, over TLS when the endpoint says so.
enum HTTPClient {
  /// A complete response.
  struct Response: Sendable {
    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: ByteBuffer
  }

  /// The largest response body accepted; secrets are at most 64 KiB.
  static let maximumBodySize = 1 << 20

  /// Sends one request and reads the whole response, within `timeout` overall.
  ///
  /// - Parameters:
  ///   - headers: The request headers, including `Host`; `Content-Length` and
  ///     `Connection: close` are added.
  static func send(
    method: HTTPMethod,
    target: String,
    headers: [(String, String)],
    body: [UInt8],
    to endpoint: ServiceEndpoint,
    connectTimeout: Duration,
    timeout: Duration
  ) async throws(NetworkFailure) -> Response {
    let tlsContext: NIOSSLContext?
    do {
      tlsContext = endpoint.usesTLS ? try NIOSSLContext(configuration: .makeClientConfiguration()) : nil
    } catch {
      throw NetworkFailure(phase: .tls, reason: "could not set up TLS (\(error))")
    }
    let connector = ClientConnector(
      host: endpoint.host,
      port: endpoint.port,
      tlsContext: tlsContext,
      connectTimeout: connectTimeout,
      timeout: timeout
    )
    let connection: ClientConnection<HTTPClientResponsePart, HTTPClientRequestPart> =
      try await connector.connect { pipeline in
        try pipeline.addHTTPClientHandlers()
      }

    var head = HTTPRequestHead(version: .http1_1, method: method, uri: target)
    head.headers = HTTPHeaders(headers)
    head.headers.replaceOrAdd(name: "Content-Length", value: String(body.count))
    head.headers.replaceOrAdd(name: "Connection", value: "close")
    do {
      return try await connection.run { inbound, outbound in
        try await connection.waitForTLSHandshake()
        try await outbound.write(.head(head))
        if !body.isEmpty {
          try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: body))))
        }
        try await outbound.write(.end(nil))
        return try await readResponse(from: inbound)
      }
    } catch {
      throw connection.failure(error)
    }
  }

  private static func readResponse(
    from inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>
  ) async throws -> Response {
    var head: HTTPResponseHead?
    var body = ByteBuffer()
    for try await part in inbound {
      switch part {
      case .head(let responseHead):
        head = responseHead
      case .body(var chunk):
        guard body.readableBytes + chunk.readableBytes <= maximumBodySize else {
          throw NetworkFailure(phase: .exchange, reason: "the response body is larger than \(maximumBodySize) bytes")
        }
        body.writeBuffer(&chunk)
      case .end:
        guard let head else { break }
        return Response(status: head.status, headers: head.headers, body: body)
      }
    }
    throw NetworkFailure(phase: .exchange, reason: "the connection closed before the response was complete")
  }
}
