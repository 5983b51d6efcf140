/// A failed network exchange: which phase failed, and why, in words.
struct NetworkFailure: Error, CustomStringConvertible {
  /// How far the exchange got.
  enum Phase: Sendable {
    /// Resolving the host name or opening the TCP connection.
    case connect
    /// The TLS handshake, including setting up TLS.
    case tls
    /// Sending the request or reading the response.
    case exchange
  }

  /// The phase that failed.
  var phase: Phase
  /// What went wrong, e.g. `connection refused`.
  var reason: String
  /// Whether the failure is a timeout.
  var isTimeout: Bool = false

  var description: String { reason }
}
