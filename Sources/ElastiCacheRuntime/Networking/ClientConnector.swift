import NIOCore
import NIOPosix
import NIOSSL

/// Opens client connections with NIO: TCP within a connect timeout, then TLS if a context is
/// given, with an overall timeout after which the channel's socket is closed.
struct ClientConnector: Sendable {
  /// The host name or IP address to connect to.
  var host: String
  /// The TCP port.
  var port: Int
  /// The TLS context, or `nil` for plain TCP.
  var tlsContext: NIOSSLContext?
  /// How long resolving and connecting may take.
  var connectTimeout: Duration
  /// How long the whole exchange may take, from the start of ``connect(addingHandlers:)``.
  var timeout: Duration

  /// Connects, adds the TLS handlers (if any) and then `addHandlers`' handlers, and wraps the
  /// channel for async use. Await ``ClientConnection/waitForTLSHandshake()`` before talking.
  func connect<Inbound: Sendable, Outbound: Sendable>(
    addingHandlers addHandlers: @escaping @Sendable (ChannelPipeline.SynchronousOperations) throws -> Void
  ) async throws(NetworkFailure) -> ClientConnection<Inbound, Outbound> {
    let effectiveConnectTimeout = min(connectTimeout, timeout)
    let deadline = NIODeadline.now() + TimeAmount(timeout)
    let host = host
    let tlsContext = tlsContext
    let timeout = timeout
    let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .connectTimeout(TimeAmount(effectiveConnectTimeout))
    do {
      return try await bootstrap.connect(host: host, port: port) { channel in
        channel.eventLoop.makeCompletedFuture {
          let pipeline = channel.pipeline.syncOperations
          let closer = ChannelDeadline.SocketCloser()
          try pipeline.addHandler(closer)
          var handshake: EventLoopFuture<Void>?
          if let tlsContext {
            do {
              let promise = channel.eventLoop.makePromise(of: Void.self)
              try pipeline.addHandler(
                NIOSSLClientHandler(context: tlsContext, serverHostname: Self.sniHostname(for: host)))
              try pipeline.addHandler(TLSHandshakeObserver(promise: promise))
              handshake = promise.futureResult
            } catch {
              throw NetworkFailure(phase: .tls, reason: "could not set up TLS (\(error))")
            }
          }
          try addHandlers(pipeline)
          return ClientConnection(
            channel: try NIOAsyncChannel<Inbound, Outbound>(wrappingChannelSynchronously: channel),
            deadline: ChannelDeadline(channel: channel, closer: closer, at: deadline),
            timeout: timeout,
            tlsHandshake: handshake
          )
        }
      }
    } catch let failure as NetworkFailure {
      throw failure
    } catch ChannelError.connectTimeout {
      throw NetworkFailure(
        phase: .connect,
        reason: "timed out after \(effectiveConnectTimeout.shortDescription)",
        isTimeout: true
      )
    } catch {
      throw NetworkFailure(phase: .connect, reason: NetworkErrorDescription.connect(error))
    }
  }

  /// The name to send in TLS SNI and verify the certificate against; `nil` for an IP address,
  /// whose certificate is then verified against the address.
  static func sniHostname(for host: String) -> String? {
    (try? SocketAddress(ipAddress: host, port: 0)) == nil ? host : nil
  }
}
