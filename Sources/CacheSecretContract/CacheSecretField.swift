/// The fields of a service's cache secret: the JSON object the platform generates in Secrets Manager,
/// the local runner writes to a file, and the runtime library reads.
///
/// ```json
/// {"host": "…", "port": 6379, "username": "orders", "password": "…", "keyspace": "orders", "tls": true}
/// ```
///
/// `host`, `port`, `username` and `password` are required; `port` is a number (a numeric string is
/// accepted); `keyspace` is optional; TLS is on unless `tls` is `false`.
public enum CacheSecretField: String, Sendable, CaseIterable {
  /// The cache endpoint's host name.
  case host
  /// The cache endpoint's port.
  case port
  /// The ACL user name.
  case username
  /// The ACL user's password.
  case password
  /// The service's keyspace: its keys start with `"<keyspace>:"`.
  case keyspace
  /// Whether connections use TLS.
  case tls

  /// Whether a payload must have the field.
  public var isRequired: Bool {
    switch self {
    case .host, .port, .username, .password: true
    case .keyspace, .tls: false
    }
  }
}
