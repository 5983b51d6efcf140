public import Foundation

/// A failed health check: which step failed, and why.
///
/// The ``message`` names `host:port` and includes the server's error text; it never contains the
/// password.
public struct CacheHealthCheckError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  /// The step of the check that failed.
  public struct Step: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The step's stable identifier.
    public var rawValue: String

    /// Creates a step from its identifier.
    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// Resolving the host or opening the TCP connection: DNS failure, refused, timed out.
    public static let connect = Step(rawValue: "connect")
    /// The TLS handshake: e.g. TLS to a plain port, or an untrusted certificate.
    public static let tls = Step(rawValue: "tls")
    /// `AUTH` was answered with an error, e.g. `WRONGPASS`.
    public static let authentication = Step(rawValue: "authentication")
    /// A reply was unexpected, or did not come in time.
    public static let reply = Step(rawValue: "reply")

    /// The step's identifier.
    public var description: String { rawValue }
  }

  /// The step that failed.
  public var step: Step
  /// The host that was checked.
  public var host: String
  /// The port that was checked.
  public var port: Int
  /// The server's error reply, e.g. `WRONGPASS invalid username-password pair or user is disabled.`
  public var serverMessage: String?
  /// Whether the step ran out of time.
  public var isTimeout: Bool
  /// A human-readable explanation with a hint on how to fix it.
  public var message: String

  /// Creates an error.
  public init(step: Step, host: String, port: Int, serverMessage: String?, isTimeout: Bool, message: String) {
    self.step = step
    self.host = host
    self.port = port
    self.serverMessage = serverMessage
    self.isTimeout = isTimeout
    self.message = message
  }

  /// The ``message``.
  public var description: String { message }

  /// The ``message``.
  public var errorDescription: String? { message }
}
