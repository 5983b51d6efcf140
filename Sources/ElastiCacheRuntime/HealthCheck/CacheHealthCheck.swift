import NIOCore
import NIOSSL

/// Checks that the cache is reachable and accepts the service's credentials: connects (with TLS
/// if enabled), sends `AUTH <username> <password>` expecting `+OK`, then `PING` expecting
/// `+PONG`, and closes the connection.
///
/// ```swift
/// let configuration = try await CacheConnectionConfiguration.load(from: SecretsManagerSecretLoader())
/// let result = try await CacheHealthCheck(configuration: configuration).run()
/// print("cache answered PING in \(result.pingDuration)")
/// ```
public struct CacheHealthCheck: Sendable {
  /// The cache to check and the credentials to use.
  public var configuration: CacheConnectionConfiguration
  /// Which server certificates to trust when TLS is enabled.
  public var trust: CacheTLSTrust
  /// How long resolving the host and connecting may take.
  public var connectTimeout: Duration
  /// How long the whole check may take.
  public var timeout: Duration

  /// Creates a health check.
  ///
  /// - Parameters:
  ///   - configuration: The cache to check and the credentials to use.
  ///   - trust: Which server certificates to trust; the system trust store by default.
  ///   - connectTimeout: How long resolving and connecting may take; 2 seconds by default.
  ///   - timeout: How long the whole check may take; 5 seconds by default.
  public init(
    configuration: CacheConnectionConfiguration,
    trust: CacheTLSTrust = .systemDefault,
    connectTimeout: Duration = .seconds(2),
    timeout: Duration = .seconds(5)
  ) {
    self.configuration = configuration
    self.trust = trust
    self.connectTimeout = connectTimeout
    self.timeout = timeout
  }

  /// Runs the check.
  ///
  /// - Returns: How long each step took.
  /// - Throws: ``CacheHealthCheckError`` saying which step failed and why.
  public func run() async throws(CacheHealthCheckError) -> CacheHealthCheckResult {
    let clock = ContinuousClock()
    let start = clock.now
    let connection: ClientConnection<RESPValue, RESPValue>
    do {
      let tlsContext = try configuration.isTLSEnabled ? makeTLSContext() : nil
      connection = try await ClientConnector(
        host: configuration.host,
        port: configuration.port,
        tlsContext: tlsContext,
        connectTimeout: connectTimeout,
        timeout: timeout
      ).connect { pipeline in
        try pipeline.addHandler(ByteToMessageHandler(RESPValueDecoder()))
        try pipeline.addHandler(MessageToByteHandler(RESPValueEncoder()))
      }
    } catch {
      throw failure(error)
    }
    let connected = clock.now

    do {
      return try await connection.run { inbound, outbound in
        try await connection.waitForTLSHandshake()
        let secured = clock.now
        var replies = inbound.makeAsyncIterator()

        let credentials = ["AUTH", configuration.username, configuration.password]
        switch try await call(credentials, on: outbound, replies: &replies, connection: connection) {
        case .simpleString("OK"):
          break
        case .error(let serverMessage):
          throw authenticationFailure(serverMessage)
        case let other:
          throw unexpectedReply(other, to: "AUTH", expected: "+OK")
        }
        let authenticated = clock.now

        let pong = try await call(["PING"], on: outbound, replies: &replies, connection: connection)
        guard pong == .simpleString("PONG") else {
          throw unexpectedReply(pong, to: "PING", expected: "+PONG")
        }
        let end = clock.now

        return CacheHealthCheckResult(
          host: configuration.host,
          port: configuration.port,
          isTLSEnabled: configuration.isTLSEnabled,
          connectDuration: connected - start,
          tlsHandshakeDuration: configuration.isTLSEnabled ? secured - connected : nil,
          authenticationDuration: authenticated - secured,
          pingDuration: end - authenticated,
          totalDuration: end - start
        )
      }
    } catch let error as CacheHealthCheckError {
      throw error
    } catch {
      throw failure(connection.failure(error))
    }
  }

  private func makeTLSContext() throws(NetworkFailure) -> NIOSSLContext {
    do {
      return try trust.makeClientContext()
    } catch {
      throw NetworkFailure(phase: .tls, reason: "could not set up TLS (\(error))")
    }
  }

  /// Sends `arguments` as a command and returns the server's reply, or throws a
  /// ``CacheHealthCheckError/Step/reply`` error if the reply does not come in time.
  private func call(
    _ arguments: [String],
    on outbound: NIOAsyncChannelOutboundWriter<RESPValue>,
    replies: inout NIOAsyncChannelInboundStream<RESPValue>.AsyncIterator,
    connection: ClientConnection<RESPValue, RESPValue>
  ) async throws(CacheHealthCheckError) -> RESPValue {
    let name = arguments.first ?? ""
    let problem: String
    do {
      try await outbound.write(.command(arguments))
      if let value = try await replies.next() { return value }
      problem = "the server closed the connection"
    } catch let error as RESPParser.ProtocolError {
      problem = "the answer is not RESP (\(error)); if the port requires TLS, enable TLS"
    } catch {
      problem = String(describing: error)
    }
    if connection.deadline.hasExpired {
      throw error(.reply, isTimeout: true, "\(endpoint) did not reply to \(name) within \(timeout.shortDescription).")
    }
    throw error(.reply, "no reply to \(name) from \(endpoint): \(problem).")
  }

  private var endpoint: String {
    "\(configuration.host):\(configuration.port)"
  }

  private func authenticationFailure(_ serverMessage: String) -> CacheHealthCheckError {
    error(
      .authentication,
      serverMessage: serverMessage,
      """
      \(endpoint) rejected AUTH as user "\(configuration.username)": \(serverMessage) \
      Check the username and password in the service's secret, and that the ACL user exists and is enabled.
      """
    )
  }

  private func unexpectedReply(_ reply: RESPValue, to command: String, expected: String) -> CacheHealthCheckError {
    let serverMessage: String? =
      if case .error(let text) = reply { text } else { nil }
    return error(
      .reply,
      serverMessage: serverMessage,
      "\(endpoint) answered \(command) with \(reply.summary) instead of \(expected)."
    )
  }

  /// A ``NetworkFailure`` (or any other error) as a ``CacheHealthCheckError`` of the failed step.
  private func failure(_ error: any Error) -> CacheHealthCheckError {
    if let error = error as? CacheHealthCheckError { return error }
    let failure = error as? NetworkFailure ?? NetworkFailure(phase: .exchange, reason: String(describing: error))
    switch failure.phase {
    case .connect:
      return self.error(
        .connect,
        isTimeout: failure.isTimeout,
        """
        could not connect to \(endpoint): \(failure.reason). \
        Check the host and port, and that security groups and network ACLs allow this client.
        """
      )
    case .tls:
      return self.error(
        .tls,
        isTimeout: failure.isTimeout,
        """
        the TLS handshake with \(endpoint) failed: \(failure.reason). \
        Check that the port serves TLS (set "tls": false for a plain port) and that its certificate is trusted.
        """
      )
    case .exchange:
      return self.error(
        .reply, isTimeout: failure.isTimeout, "the exchange with \(endpoint) failed: \(failure.reason).")
    }
  }

  private func error(
    _ step: CacheHealthCheckError.Step,
    isTimeout: Bool = false,
    serverMessage: String? = nil,
    _ message: String
  ) -> CacheHealthCheckError {
    CacheHealthCheckError(
      step: step,
      host: configuration.host,
      port: configuration.port,
      serverMessage: serverMessage,
      isTimeout: isTimeout,
      message: "Cache health check failed: " + message
    )
  }
}
