/// A passed health check and how long each step took.
public struct CacheHealthCheckResult: Sendable, Equatable {
  /// The host that was checked.
  public var host: String
  /// The port that was checked.
  public var port: Int
  /// Whether the connection used TLS.
  public var isTLSEnabled: Bool
  /// Resolving the host and opening the TCP connection.
  public var connectDuration: Duration
  /// The TLS handshake; `nil` without TLS.
  public var tlsHandshakeDuration: Duration?
  /// `AUTH` and its `+OK`.
  public var authenticationDuration: Duration
  /// `PING` and its `+PONG`: one round trip.
  public var pingDuration: Duration
  /// The whole check, from start to `+PONG`.
  public var totalDuration: Duration

  /// Creates a result.
  public init(
    host: String,
    port: Int,
    isTLSEnabled: Bool,
    connectDuration: Duration,
    tlsHandshakeDuration: Duration?,
    authenticationDuration: Duration,
    pingDuration: Duration,
    totalDuration: Duration
  ) {
    self.host = host
    self.port = port
    self.isTLSEnabled = isTLSEnabled
    self.connectDuration = connectDuration
    self.tlsHandshakeDuration = tlsHandshakeDuration
    self.authenticationDuration = authenticationDuration
    self.pingDuration = pingDuration
    self.totalDuration = totalDuration
  }
}
