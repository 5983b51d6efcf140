import CacheTestSupport
import ElastiCacheRuntime
import NIOCore
import NIOPosix
import NIOSSL
import Testing

/// Runs the health check against a real `redis-server` that each test starts on a free loopback
/// port (see ``RedisServer``).
@Suite("Cache health check")
struct CacheHealthCheckTests {
  static func configuration(
    _ server: RedisServer,
    username: String = RedisServer.username,
    password: String? = nil,
    tls: Bool = true
  ) -> CacheConnectionConfiguration {
    CacheConnectionConfiguration(
      host: "127.0.0.1",
      port: server.port,
      username: username,
      password: password ?? server.password,
      keyspace: "svc",
      isTLSEnabled: tls
    )
  }

  static func trust(_ server: RedisServer) throws -> CacheTLSTrust {
    .caCertificateFile(try #require(server.certificates).caCertificatePath)
  }

  @Test("passes with the right user and password over TLS, trusting the generated CA")
  func passesOverTLS() async throws {
    try await RedisServer.with(tls: true) { server in
      let result = try await CacheHealthCheck(configuration: Self.configuration(server), trust: Self.trust(server))
        .run()
      #expect(result.host == "127.0.0.1")
      #expect(result.port == server.port)
      #expect(result.isTLSEnabled)
      let handshake = try #require(result.tlsHandshakeDuration)
      #expect(
        result.totalDuration >= result.connectDuration + handshake + result.authenticationDuration + result.pingDuration
      )
    }
  }

  @Test("passes with the CA given as certificates, and with verification off")
  func passesWithOtherTrust() async throws {
    try await RedisServer.with(tls: true) { server in
      let caPath = try #require(server.certificates).caCertificatePath
      let certificates = try NIOSSLCertificate.fromPEMFile(caPath)
      _ = try await CacheHealthCheck(configuration: Self.configuration(server), trust: .certificates(certificates))
        .run()
      _ = try await CacheHealthCheck(configuration: Self.configuration(server), trust: .noVerification).run()
    }
  }

  @Test("verifies the certificate against a host name sent with SNI")
  func passesWithHostName() async throws {
    try await RedisServer.with(tls: true) { server in
      var configuration = Self.configuration(server)
      configuration.host = "localhost"
      let result = try await CacheHealthCheck(configuration: configuration, trust: Self.trust(server)).run()
      #expect(result.host == "localhost")
    }
  }

  @Test("passes over a plain connection when TLS is disabled")
  func passesWithoutTLS() async throws {
    try await RedisServer.with(tls: false) { server in
      let result = try await CacheHealthCheck(configuration: Self.configuration(server, tls: false)).run()
      #expect(!result.isTLSEnabled)
      #expect(result.tlsHandshakeDuration == nil)
    }
  }

  @Test("fails at authentication for a wrong password or an unknown user, without showing the password")
  func failsAuthentication() async throws {
    try await RedisServer.with(tls: true) { server in
      let wrongPassword = "wrong-\(server.password)"
      for configuration in [
        Self.configuration(server, password: wrongPassword),
        Self.configuration(server, username: "svc-unknown", password: wrongPassword),
      ] {
        let error = try await #require(throws: CacheHealthCheckError.self) {
          try await CacheHealthCheck(configuration: configuration, trust: Self.trust(server)).run()
        }
        #expect(error.step == .authentication)
        #expect(error.serverMessage == "WRONGPASS invalid username-password pair or user is disabled.")
        #expect(error.message.contains("127.0.0.1:\(server.port)"))
        #expect(error.message.contains("WRONGPASS"))
        #expect(error.message.contains(configuration.username))
        #expect(!error.message.contains(wrongPassword))
        #expect(!error.message.contains(server.password))
      }
    }
  }

  @Test("fails at TLS when speaking TLS to a plain port")
  func failsTLSToPlainPort() async throws {
    try await RedisServer.with(tls: false) { server in
      let error = try await #require(throws: CacheHealthCheckError.self) {
        try await CacheHealthCheck(
          configuration: Self.configuration(server), trust: .noVerification, timeout: .seconds(1)
        ).run()
      }
      #expect(error.step == .tls)
      #expect(error.message.contains("127.0.0.1:\(server.port)"))
      #expect(error.message.contains("TLS handshake"))
    }
  }

  @Test("fails at TLS when the server certificate is not trusted")
  func failsUntrustedCertificate() async throws {
    try await RedisServer.with(tls: true) { server in
      let error = try await #require(throws: CacheHealthCheckError.self) {
        try await CacheHealthCheck(configuration: Self.configuration(server)).run()
      }
      #expect(error.step == .tls)
      #expect(!error.isTimeout)
    }
  }

  @Test("fails at TLS, naming the file, when the CA file cannot be read")
  func failsUnreadableCAFile() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("missing-ca.pem")
    let configuration = CacheConnectionConfiguration(host: "127.0.0.1", port: 6379, username: "u", password: "p")
    let error = try await #require(throws: CacheHealthCheckError.self) {
      try await CacheHealthCheck(configuration: configuration, trust: .caCertificateFile(path)).run()
    }
    #expect(error.step == .tls)
    #expect(error.message.contains(path))
  }

  @Test("fails at connect for a closed port")
  func failsClosedPort() async throws {
    let port = try await LocalPort.unused()
    let configuration = CacheConnectionConfiguration(host: "127.0.0.1", port: port, username: "u", password: "p")
    let error = try await #require(throws: CacheHealthCheckError.self) {
      try await CacheHealthCheck(configuration: configuration).run()
    }
    #expect(error.step == .connect)
    #expect(error.port == port)
    #expect(error.message.contains("could not connect to 127.0.0.1:\(port)"))
  }

  @Test("fails at reply with a timeout when the server never answers")
  func failsSilentServer() async throws {
    let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .bind(host: "127.0.0.1", port: 0)
      .get()
    defer { silent.close(promise: nil) }
    let port = try #require(silent.localAddress?.port)
    let configuration = CacheConnectionConfiguration(
      host: "127.0.0.1", port: port, username: "u", password: "p", isTLSEnabled: false
    )
    let clock = ContinuousClock()
    let start = clock.now
    let error = try await #require(throws: CacheHealthCheckError.self) {
      try await CacheHealthCheck(configuration: configuration, timeout: .milliseconds(300)).run()
    }
    #expect(error.step == .reply)
    #expect(error.isTimeout)
    #expect(error.message.contains("did not reply to AUTH within 300ms"))
    #expect(clock.now - start < .seconds(2))
  }
}
