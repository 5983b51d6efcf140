import NIOCore
import NIOTLS

/// Sits right after the TLS handler and completes its promise when the handshake succeeds, or
/// fails it with the handshake's error (or ``ConnectionClosedDuringHandshake``).
final class TLSHandshakeObserver: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = NIOAny

  /// The connection closed before the handshake completed.
  struct ConnectionClosedDuringHandshake: Error, CustomStringConvertible {
    var description: String { "the connection was closed during the TLS handshake" }
  }

  private let promise: EventLoopPromise<Void>
  private var isComplete = false

  init(promise: EventLoopPromise<Void>) {
    self.promise = promise
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    if case .handshakeCompleted? = event as? TLSUserEvent {
      complete(with: .success(()))
    }
    context.fireUserInboundEventTriggered(event)
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    complete(with: .failure(error))
    context.fireErrorCaught(error)
  }

  func channelInactive(context: ChannelHandlerContext) {
    complete(with: .failure(ConnectionClosedDuringHandshake()))
    context.fireChannelInactive()
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    complete(with: .failure(ConnectionClosedDuringHandshake()))
  }

  private func complete(with result: Result<Void, any Error>) {
    guard !isComplete else { return }
    isComplete = true
    promise.completeWith(result)
  }
}
