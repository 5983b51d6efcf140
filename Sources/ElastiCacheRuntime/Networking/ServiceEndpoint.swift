public import Foundation

/// Where an HTTP service listens: host, port, and whether to use TLS (HTTPS).
///
/// Secret loaders take one so that tests and local setups can point them at another server.
public struct ServiceEndpoint: Sendable, Hashable, CustomStringConvertible {
  /// The host name or IP address.
  public var host: String
  /// The TCP port.
  public var port: Int
  /// Whether to speak HTTPS (TLS with the system trust store and host name verification).
  public var usesTLS: Bool

  /// Creates an endpoint.
  public init(host: String, port: Int, usesTLS: Bool) {
    self.host = host
    self.port = port
    self.usesTLS = usesTLS
  }

  /// Creates an endpoint from a base URL such as `https://secretsmanager.eu-west-1.amazonaws.com`
  /// or `http://127.0.0.1:8080`; `nil` unless the scheme is `http` or `https` and there is a host.
  public init?(url: URL) {
    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host, !host.isEmpty
    else { return nil }
    let usesTLS = scheme == "https"
    self.init(host: host, port: url.port ?? (usesTLS ? 443 : 80), usesTLS: usesTLS)
  }

  /// The value of the `Host` header: the host, with the port unless it is the scheme's default.
  public var hostHeader: String {
    let defaultPort = usesTLS ? 443 : 80
    let host = self.host.contains(":") ? "[\(self.host)]" : self.host
    return port == defaultPort ? host : "\(host):\(port)"
  }

  /// The base URL, e.g. `https://secretsmanager.eu-west-1.amazonaws.com`.
  public var description: String {
    "\(usesTLS ? "https" : "http")://\(hostHeader)"
  }
}
