public import Foundation

/// A cache connection setting that is missing or invalid.
///
/// The ``message`` names the offending field (the JSON key of the secret payload or the
/// environment variable) and says how to fix it. It never contains the password.
public struct CacheConfigurationError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  /// What kind of problem was found. New codes may be added over time.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The code's stable identifier.
    public var rawValue: String

    /// Creates a code from its identifier.
    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// A required field is absent (or `null`).
    public static let missingField = Code(rawValue: "missingField")
    /// A required field is present but empty.
    public static let emptyField = Code(rawValue: "emptyField")
    /// A field has the wrong type or an unrecognised value.
    public static let invalidField = Code(rawValue: "invalidField")
    /// The port is not an integer between 1 and 65535.
    public static let invalidPort = Code(rawValue: "invalidPort")
    /// The secret payload is not a JSON object.
    public static let malformedPayload = Code(rawValue: "malformedPayload")

    /// The code's identifier.
    public var description: String { rawValue }
  }

  /// What kind of problem was found.
  public var code: Code
  /// The field at fault, as it is spelled in its source: a JSON key such as `host`, or an
  /// environment variable such as `REDIS_HOST`. `nil` when the whole payload is at fault.
  public var field: String?
  /// A human-readable explanation that names the field and says how to fix it.
  public var message: String

  /// Creates an error.
  public init(code: Code, field: String?, message: String) {
    self.code = code
    self.field = field
    self.message = message
  }

  /// The ``message``.
  public var description: String { message }

  /// The ``message``.
  public var errorDescription: String? { message }
}
