/// What a user may do: an access string in the Valkey/Redis ACL syntax, such as `on ~app:* +@read`.
public struct AccessControl: Sendable, Hashable {
  /// The access string, passed to CloudFormation's `AccessString` as is.
  public let accessString: String

  /// Access control from an access string.
  public static func fromAccessString(_ accessString: String) -> AccessControl {
    AccessControl(accessString: accessString)
  }
}
