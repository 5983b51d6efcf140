import NIOCore
import Synchronization

/// Closes a channel's socket when its time is up, and remembers that it did so that errors caused
/// by the closure can be reported as timeouts.
struct ChannelDeadline: Sendable {
  /// Sits at the head of the pipeline so that closing through it closes the socket at once,
  /// skipping handlers (like TLS) that would otherwise first wait for a graceful shutdown.
  final class SocketCloser: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = NIOAny

    private var context: ChannelHandlerContext?

    func handlerAdded(context: ChannelHandlerContext) {
      self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
      self.context = nil
    }

    /// Closes the socket. Call on the channel's event loop.
    func closeSocket() {
      context?.close(mode: .all, promise: nil)
    }
  }

  private final class Flag: Sendable {
    let expired = Atomic<Bool>(false)
  }

  private let flag = Flag()
  private let task: Scheduled<Void>

  /// Arms the deadline; `closer` must be the pipeline's first handler. Call on the event loop.
  init(channel: any Channel, closer: SocketCloser, at deadline: NIODeadline) {
    let flag = flag
    let closer = NIOLoopBound(closer, eventLoop: channel.eventLoop)
    task = channel.eventLoop.scheduleTask(deadline: deadline) {
      flag.expired.store(true, ordering: .releasing)
      closer.value.closeSocket()
    }
  }

  /// Whether the deadline passed and closed the channel.
  var hasExpired: Bool {
    flag.expired.load(ordering: .acquiring)
  }

  /// Disarms the deadline once the work is done.
  func cancel() {
    task.cancel()
  }
}
