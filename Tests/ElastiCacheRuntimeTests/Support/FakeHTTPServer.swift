import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A plain-HTTP server on a loopback port that records each request and answers it with a canned
/// response (or never, to provoke timeouts).
final class FakeHTTPServer: Sendable {
  /// A request as the server received it.
  struct Request: Sendable {
    var method: String
    var uri: String
    var headers: [(name: String, value: String)]
    var body: String

    /// The first value of the header `name`, compared case-insensitively.
    func header(_ name: String) -> String? {
      headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
  }

  /// What to answer.
  struct Response: Sendable {
    var status: Int
    var headers: [(String, String)] = [("Content-Type", "application/x-amz-json-1.1")]
    var body: String
  }

  private final class Handler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let server: FakeHTTPServer
    var head: HTTPRequestHead?
    var body = ByteBuffer()

    init(server: FakeHTTPServer) {
      self.server = server
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
      switch unwrapInboundIn(data) {
      case .head(let head):
        self.head = head
        body.clear()
      case .body(var chunk):
        body.writeBuffer(&chunk)
      case .end:
        guard let head else { return }
        server.requests.withLock {
          $0.append(
            Request(
              method: head.method.rawValue,
              uri: head.uri,
              headers: head.headers.map { ($0.name, $0.value) },
              body: String(buffer: body)
            )
          )
        }
        guard let response = server.response else { return }
        var responseHead = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status))
        responseHead.headers = HTTPHeaders(response.headers)
        responseHead.headers.add(name: "Content-Length", value: String(response.body.utf8.count))
        context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: response.body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
      }
    }
  }

  /// The canned response; `nil` never answers.
  let response: Response?
  private let requests = Mutex<[Request]>([])
  private let channel: Mutex<(any Channel)?> = Mutex(nil)

  private init(response: Response?) {
    self.response = response
  }

  /// The requests received so far.
  var receivedRequests: [Request] {
    requests.withLock { $0 }
  }

  /// The port the server listens on.
  var port: Int {
    channel.withLock { $0?.localAddress?.port } ?? 0
  }

  /// Starts a server, runs `body` with it, and shuts the server down.
  static func with<Result>(
    answering response: Response?,
    _ body: (FakeHTTPServer) async throws -> Result
  ) async throws -> Result {
    let server = FakeHTTPServer(response: response)
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.configureHTTPServerPipeline()
          try channel.pipeline.syncOperations.addHandler(Handler(server: server))
        }
      }
      .bind(host: "127.0.0.1", port: 0)
      .get()
    server.channel.withLock { $0 = channel }
    defer { channel.close(promise: nil) }
    return try await body(server)
  }
}
