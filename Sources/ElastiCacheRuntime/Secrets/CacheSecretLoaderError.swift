public import Foundation

/// A secret that could not be loaded. The ``message`` says what failed and how to fix it.
public struct CacheSecretLoaderError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  /// What kind of failure it is. New codes may be added over time.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The code's stable identifier.
    public var rawValue: String

    /// Creates a code from its identifier.
    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// A required setting (environment variable, credentials, region) is missing.
    public static let missingSetting = Code(rawValue: "missingSetting")
    /// A setting has an invalid value.
    public static let invalidSetting = Code(rawValue: "invalidSetting")
    /// A local secret file could not be read.
    public static let unreadable = Code(rawValue: "unreadable")
    /// The service could not be reached (DNS, refused connection, TLS).
    public static let connectionFailed = Code(rawValue: "connectionFailed")
    /// The service did not answer in time.
    public static let timedOut = Code(rawValue: "timedOut")
    /// The service answered with an error, e.g. `ResourceNotFoundException`.
    public static let serviceError = Code(rawValue: "serviceError")
    /// The service's answer could not be understood, or holds no `SecretString`.
    public static let unexpectedResponse = Code(rawValue: "unexpectedResponse")

    /// The code's identifier.
    public var description: String { rawValue }
  }

  /// What kind of failure it is.
  public var code: Code
  /// A human-readable explanation.
  public var message: String
  /// The HTTP status of the service's answer, when there was one.
  public var statusCode: Int?
  /// The service's error type, e.g. `ResourceNotFoundException` or `AccessDeniedException`.
  public var serviceErrorType: String?

  /// Creates an error.
  public init(code: Code, message: String, statusCode: Int? = nil, serviceErrorType: String? = nil) {
    self.code = code
    self.message = message
    self.statusCode = statusCode
    self.serviceErrorType = serviceErrorType
  }

  /// The ``message``.
  public var description: String { message }

  /// The ``message``.
  public var errorDescription: String? { message }

  /// The value of the environment variable `name`, or a ``Code/missingSetting`` error saying
  /// that it should be set to `hint`.
  static func requiredVariable(
    _ name: String,
    in environment: [String: String],
    hint: String
  ) throws(CacheSecretLoaderError) -> String {
    guard let value = environment[name], !value.isEmpty else {
      throw CacheSecretLoaderError(
        code: .missingSetting,
        message: "Environment variable \(name) is not set. Set it to \(hint)."
      )
    }
    return value
  }
}
