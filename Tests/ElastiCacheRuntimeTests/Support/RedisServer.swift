import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A real `redis-server` on a free loopback port, started for one test and always killed.
///
/// With TLS, the server listens only on a TLS port (`--port 0 --tls-port …`) with a certificate
/// from a throwaway CA; without, only on a plain port. The default user is disabled and one ACL
/// user, `svc-orders`, gets a random password.
struct RedisServer {
  struct StartFailure: Error, CustomStringConvertible {
    var description: String
  }

  /// The ACL user's name.
  static let username = "svc-orders"

  /// The port the server listens on (TLS or plain).
  let port: Int
  /// The ACL user's password, random per run.
  let password: String
  /// The CA that issued the server certificate, with TLS.
  let certificates: TestCertificates?

  private let process: Process

  /// Starts a server, runs `body` with it, and stops the server (also when `body` throws).
  static func with<Result>(tls: Bool, _ body: (RedisServer) async throws -> Result) async throws -> Result {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let server = try await start(tls: tls, in: directory)
    do {
      let result = try await body(server)
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  private static func start(tls: Bool, in directory: TemporaryDirectory) async throws -> RedisServer {
    let program = try ExternalProgram("redis-server")
    let certificates = try tls ? TestCertificates(in: directory) : nil
    let password = UUID().uuidString
    var lastLog = ""
    // A port picked as free may be taken before redis binds it; try a few.
    for _ in 0..<3 {
      let port = try await LocalPort.unused()
      let logPath = directory.path("redis-\(port).log")
      var arguments = [
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
        "--dir", directory.url.path, "--logfile", logPath,
        "--user", "default", "off",
        "--user", username, "on", ">\(password)", "~svc:*", "~common:*", "+@all",
      ]
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
      let server = RedisServer(port: port, password: password, certificates: certificates, process: process)
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
