import CacheTestSupport
import ElastiCacheCDK
import ElastiCacheRuntime
import ElastiCacheTesting
import Foundation
import Testing

/// The synthesized users on a real `redis-server`: each service's ACL user gets exactly the access
/// string of its `AWS::ElastiCache::User`, and the runtime's health check connects as it.
@Suite("Keyspace isolation on a real server")
struct KeyspaceIsolationTests {
  /// The name and access string of each service user, read from the synthesized templates.
  static func synthesizedUsers() throws -> [RedisServer.User] {
    var fixture = PlatformFixture()
    fixture.addService("enrollment-api")
    fixture.addService("billing-api")
    return try fixture.services.map { service in
      let user = try #require(try fixture.template(service.stack).findResources("AWS::ElastiCache::User").first?.entry)
      return RedisServer.User(
        name: try #require(user["Properties"]?["UserName"]?.stringValue),
        rules: try #require(user["Properties"]?["AccessString"]?.stringValue))
    }
  }

  static func configuration(_ server: RedisServer, user: String, password: String? = nil, tls: Bool = true)
    -> CacheConnectionConfiguration
  {
    CacheConnectionConfiguration(
      host: "127.0.0.1", port: server.port, username: user, password: password ?? server.passwordsByUser[user] ?? "",
      keyspace: user, isTLSEnabled: tls)
  }

  static func trust(_ server: RedisServer) throws -> CacheTLSTrust {
    .caCertificateFile(try #require(server.certificates).caCertificatePath)
  }

  @Test("The health check passes over TLS as a service user whose rules come from the template")
  func healthCheckPasses() async throws {
    let users = try Self.synthesizedUsers()
    #expect(
      users.map(\.rules) == ["enrollment-api", "billing-api"].map { KeyspacePermissions().accessString(keyspace: $0) })
    try await RedisServer.with(tls: true, users: users) { server in
      let result = try await CacheHealthCheck(
        configuration: Self.configuration(server, user: "enrollmentapi"), trust: Self.trust(server)
      ).run()
      #expect(result.isTLSEnabled)
    }
  }

  @Test("The health check fails at authentication for a wrong password and for an unknown user")
  func authenticationFailures() async throws {
    try await RedisServer.with(tls: true, users: try Self.synthesizedUsers()) { server in
      for configuration in [
        Self.configuration(server, user: "enrollmentapi", password: "not-the-password"),
        Self.configuration(server, user: "nobody", password: "whatever-password"),
      ] {
        let error = try await #require(throws: CacheHealthCheckError.self) {
          try await CacheHealthCheck(configuration: configuration, trust: Self.trust(server)).run()
        }
        #expect(error.step == .authentication)
        #expect(error.message.contains("WRONGPASS"))
      }
    }
  }

  @Test("The health check fails at TLS against a plain port, and at connecting to a closed port")
  func transportFailures() async throws {
    try await RedisServer.with(tls: false, users: try Self.synthesizedUsers()) { server in
      let error = try await #require(throws: CacheHealthCheckError.self) {
        try await CacheHealthCheck(
          configuration: Self.configuration(server, user: "enrollmentapi"), trust: .noVerification,
          connectTimeout: .seconds(2), timeout: .seconds(2)
        ).run()
      }
      #expect(error.step == .tls)
    }
    let closedPort = try await LocalPort.unused()
    let closed = CacheConnectionConfiguration(
      host: "127.0.0.1", port: closedPort, username: "enrollmentapi", password: "unused-password", keyspace: nil)
    let error = try await #require(throws: CacheHealthCheckError.self) {
      try await CacheHealthCheck(configuration: closed, trust: .noVerification).run()
    }
    #expect(error.step == .connect)
  }

  @Test("Service A can read and write its keys and the common ones, but not service B's")
  func isolation() async throws {
    let cli = try ExternalProgram("redis-cli")
    try await RedisServer.with(tls: false, users: try Self.synthesizedUsers()) { server in
      func run(_ user: String, _ command: String...) throws -> String {
        let password = server.passwordsByUser[user] ?? ""
        let result = try cli.output(
          ["-h", "127.0.0.1", "-p", String(server.port), "--user", user, "--pass", password, "--no-auth-warning"]
            + command)
        return result.text.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      let replies = try [
        run("enrollmentapi", "SET", "enrollment-api:session", "1"),
        run("enrollmentapi", "GET", "enrollment-api:session"),
        run("enrollmentapi", "SET", "common:feature-flags", "on"),
        run("billingapi", "GET", "common:feature-flags"),
        run("billingapi", "SET", "billing-api:invoice", "42"),
        run("billingapi", "GET", "billing-api:invoice"),
      ]
      #expect(replies == ["OK", "1", "OK", "on", "OK", "42"])
      let denied = try [
        run("enrollmentapi", "GET", "billing-api:invoice"),
        run("enrollmentapi", "SET", "billing-api:invoice", "0"),
        run("billingapi", "GET", "enrollment-api:session"),
        run("billingapi", "DEL", "enrollment-api:session"),
      ]
      #expect(denied.allSatisfy { $0.contains("NOPERM") }, "\(denied)")
    }
  }
}
