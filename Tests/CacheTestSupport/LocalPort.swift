import NIOCore
import NIOPosix

/// Loopback ports for test servers.
package enum LocalPort {
  package struct Unavailable: Error {}

  /// A port that nothing listens on right now (the kernel's pick, released again).
  package static func unused() async throws -> Int {
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .bind(host: "127.0.0.1", port: 0)
      .get()
    let port = channel.localAddress?.port
    try await channel.close()
    guard let port else { throw Unavailable() }
    return port
  }

  /// Whether something accepts TCP connections on `port`.
  package static func isAccepting(_ port: Int) async -> Bool {
    do {
      let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .connectTimeout(.milliseconds(200))
        .connect(host: "127.0.0.1", port: port)
        .get()
      try? await channel.close()
      return true
    } catch {
      return false
    }
  }
}
