public import Foundation

/// AWS credentials used to sign requests with Signature Version 4.
///
/// The secret access key and the session token never appear in ``description``,
/// ``debugDescription`` or mirrors.
public struct AWSCredentials: Sendable, Equatable {
  /// The access key id, e.g. `AKIDEXAMPLE`.
  public var accessKeyId: String
  /// The secret access key.
  public var secretAccessKey: String
  /// The session token of temporary credentials (as in a Lambda function), if any.
  public var sessionToken: String?

  /// Creates credentials from their parts.
  public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
    self.accessKeyId = accessKeyId
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken
  }

  /// Reads the standard variables `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and the optional
  /// `AWS_SESSION_TOKEN`, as set in every Lambda function.
  ///
  /// Returns `nil` when the access key id or the secret access key is missing or empty.
  public init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
    guard let accessKeyId = environment["AWS_ACCESS_KEY_ID"], !accessKeyId.isEmpty,
      let secretAccessKey = environment["AWS_SECRET_ACCESS_KEY"], !secretAccessKey.isEmpty
    else { return nil }
    let sessionToken = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    self.init(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken)
  }
}

extension AWSCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// A summary with the secret access key and session token redacted.
  public var description: String {
    let token = sessionToken == nil ? "nil" : "<redacted>"
    return "AWSCredentials(accessKeyId: \"\(accessKeyId)\", secretAccessKey: <redacted>, sessionToken: \(token))"
  }

  /// Same as ``description``: secrets are redacted.
  public var debugDescription: String { description }

  /// A mirror without the secrets, so `dump(_:)` cannot reveal them.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "accessKeyId": accessKeyId,
        "secretAccessKey": "<redacted>",
        "sessionToken": sessionToken == nil ? "nil" : "<redacted>",
      ],
      displayStyle: .struct
    )
  }
}
