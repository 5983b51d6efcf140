import NIOCore

/// A connected channel, its TLS handshake (if any) and its deadline.
struct ClientConnection<Inbound: Sendable, Outbound: Sendable>: Sendable {
  /// The channel, wrapped for async use.
  let channel: NIOAsyncChannel<Inbound, Outbound>
  /// Closes the channel's socket when the overall time is up.
  let deadline: ChannelDeadline
  /// The overall time allowed, for messages.
  let timeout: Duration
  /// Completes when the TLS handshake does; `nil` without TLS.
  let tlsHandshake: EventLoopFuture<Void>?

  /// Waits for the TLS handshake to finish (returns at once without TLS).
  func waitForTLSHandshake() async throws(NetworkFailure) {
    guard let tlsHandshake else { return }
    do {
      try await tlsHandshake.get()
    } catch {
      throw failure(NetworkFailure(phase: .tls, reason: NetworkErrorDescription.tls(error)))
    }
  }

  /// Runs `body` with the channel's streams, then closes the channel and disarms the deadline.
  func run<Result: Sendable>(
    _ body: (NIOAsyncChannelInboundStream<Inbound>, NIOAsyncChannelOutboundWriter<Outbound>) async throws -> Result
  ) async throws -> Result {
    defer { deadline.cancel() }
    return try await channel.executeThenClose(body)
  }

  /// `error` as a failure of `phase` (or of its own phase if it is a ``NetworkFailure``),
  /// reported as a timeout if the deadline closed the channel.
  func failure(_ error: any Error, phase: NetworkFailure.Phase = .exchange) -> NetworkFailure {
    let failure = error as? NetworkFailure ?? NetworkFailure(phase: phase, reason: String(describing: error))
    guard deadline.hasExpired else { return failure }
    return NetworkFailure(phase: failure.phase, reason: "timed out after \(timeout.shortDescription)", isTimeout: true)
  }
}
