import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A real `redis-server` on a free loopback port, started for one test and always killed.
///
/// With TLS, the server listens only on a TLS port (`--port 0 --tls-port …`) with a certificate
/// from a throwaway CA; without, only on a plain port. The default user is disabled; the ACL users
/// are `svc-orders` (`~svc:* ~common:* +@all`) unless others are given, each with a random password.
package struct RedisServer {
  package struct StartFailure: Error, CustomStringConvertible {
    package var description: String
  }

  /// An ACL user: a name and the rules of an access string (`on ~app:* +@all`), without a password.
  package struct User: Sendable {
    package let name: String
    package let rules: String

    package init(name: String, rules: String) {
      self.name = name
      self.rules = rules
    }
  }

  /// The default ACL user's name.
  package static let username = "svc-orders"

  /// The port the server listens on (TLS or plain).
  package let port: Int
  /// The first ACL user's password, random per run.
  package var password: String { passwords[0] }
  /// Each ACL user's password by name, random per run.
  package let passwordsByUser: [String: String]
  /// The CA that issued the server certificate, with TLS.
  package let certificates: TestCertificates?

  private let passwords: [String]
  private let process: Process

  /// Starts a server with `users`, runs `body` with it, and stops the server (also when `body` throws).
  ///
  /// - Parameters:
  ///   - program: the server to run, `redis-server` from `PATH` by default (`ExternalProgram.valkeyServer()`
  ///     for Valkey).
  ///   - configuration: more settings, such as `["--acl-pubsub-default", "allchannels"]`.
  package static func with<Result>(
    tls: Bool,
    users: [User] = [User(name: username, rules: "on ~svc:* ~common:* +@all")],
    program: ExternalProgram? = nil,
    configuration: [String] = [],
    _ body: (RedisServer) async throws -> Result
  ) async throws -> Result {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let server = try await start(
      tls: tls, users: users, program: program ?? ExternalProgram("redis-server"), configuration: configuration,
      in: directory)
    do {
      let result = try await body(server)
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  private static func start(
    tls: Bool, users: [User], program: ExternalProgram, configuration: [String], in directory: TemporaryDirectory
  ) async throws -> RedisServer {
    let certificates = try tls ? TestCertificates(in: directory) : nil
    let passwords = users.map { _ in UUID().uuidString }
    var lastLog = ""
    // A port picked as free may be taken before redis binds it; try a few.
    for _ in 0..<3 {
      let port = try await LocalPort.unused()
      let logPath = directory.path("redis-\(port).log")
      var arguments =
        [
          "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
          "--dir", directory.url.path, "--logfile", logPath,
          "--user", "default", "off",
        ] + configuration
      for (user, password) in zip(users, passwords) {
        arguments += ["--user", user.name] + user.rules.split(separator: " ").map(String.init) + [">\(password)"]
      }
      if let certificates {
        arguments += [
          "--port", "0", "--tls-port", String(port),
          "--tls-cert-file", certificates.serverCertificatePath,
          "--tls-key-file", certificates.serverKeyPath,
          "--tls-ca-cert-file", certificates.caCertificatePath,
          "--tls-auth-clients", "no",
        ]
      } else {
        arguments += ["--port", String(port)]
      }
      let process = try program.start(arguments)
      let server = RedisServer(
        port: port, passwordsByUser: Dictionary(uniqueKeysWithValues: zip(users.map(\.name), passwords)),
        certificates: certificates, passwords: passwords, process: process)
      if try await server.waitUntilReady() {
        return server
      }
      await server.stop()
      lastLog = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }
    throw StartFailure(description: "redis-server did not start: \(lastLog)")
  }

  /// Polls the port until the server accepts connections; `false` if the process exited.
  private func waitUntilReady() async throws -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(10)
    while clock.now < deadline {
      guard process.isRunning else { return false }
      if await LocalPort.isAccepting(port) { return true }
      try await Task.sleep(for: .milliseconds(20))
    }
    throw StartFailure(description: "redis-server did not accept connections on port \(port) within 10 s")
  }

  /// Kills the process and waits until it is gone.
  ///
  /// SIGKILL rather than SIGTERM: the test process may block SIGTERM in the threads it spawns
  /// from, and a child inherits that mask; the server keeps no data worth a graceful shutdown.
  private func stop() async {
    guard process.isRunning else { return }
    kill(process.processIdentifier, SIGKILL)
    while process.isRunning {
      try? await Task.sleep(for: .milliseconds(5))
    }
  }
}
