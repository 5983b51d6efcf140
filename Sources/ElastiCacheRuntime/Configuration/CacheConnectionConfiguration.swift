public import Foundation

/// Everything a service needs to connect to its cache: endpoint, ACL credentials, TLS, keyspace.
///
/// Build it from the service's secret payload (``init(secretPayload:)-(String)``), from
/// environment variables (``init(environment:prefix:)``), or load it with a
/// ``CacheSecretLoader`` via ``load(from:)``.
///
/// The password never appears in ``description``, ``debugDescription``, mirrors or errors.
public struct CacheConnectionConfiguration: Sendable, Equatable {
  /// The cache endpoint's host name.
  public var host: String
  /// The cache endpoint's port.
  public var port: Int
  /// The ACL user name.
  public var username: String
  /// The ACL user's password.
  public var password: String
  /// The service's keyspace, if any; its keys are prefixed with `"<keyspace>:"`.
  public var keyspace: String?
  /// Whether connections use TLS.
  public var isTLSEnabled: Bool

  /// Creates a configuration from its parts, as given.
  public init(
    host: String,
    port: Int,
    username: String,
    password: String,
    keyspace: String? = nil,
    isTLSEnabled: Bool = true
  ) {
    self.host = host
    self.port = port
    self.username = username
    self.password = password
    self.keyspace = keyspace
    self.isTLSEnabled = isTLSEnabled
  }

  /// Parses and validates a secret payload such as
  /// `{"host": "…", "port": 6379, "username": "…", "password": "…", "keyspace": "orders", "tls": true}`.
  ///
  /// `host`, `port`, `username` and `password` are required and must not be empty; `port` may
  /// be a number or a numeric string. TLS is on unless `tls` is `false`. Unknown keys are ignored.
  ///
  /// - Throws: ``CacheConfigurationError`` naming the missing or invalid field.
  public init(secretPayload: String) throws(CacheConfigurationError) {
    try self.init(secretPayload: Data(secretPayload.utf8))
  }

  /// Parses and validates a secret payload given as JSON bytes; see ``init(secretPayload:)-(String)``.
  ///
  /// - Throws: ``CacheConfigurationError`` naming the missing or invalid field.
  public init(secretPayload: Data) throws(CacheConfigurationError) {
    let decoder = JSONDecoder()
    guard let object = try? decoder.decode([String: ConfigurationValue].self, from: secretPayload) else {
      let problem =
        (try? decoder.decode(ConfigurationValue.self, from: secretPayload)) == nil
        ? "is not valid JSON" : "is not a JSON object"
      throw CacheConfigurationError(
        code: .malformedPayload,
        field: nil,
        message: """
          Redis secret payload \(problem). Store the secret as a JSON object such as \
          {"host": "…", "port": 6379, "username": "…", "password": "…", "keyspace": "…", "tls": true}.
          """
      )
    }
    var values: [ConfigurationReader.Field: ConfigurationValue] = [:]
    for field in ConfigurationReader.Field.allCases {
      values[field] = object[field.rawValue]
    }
    try self.init(reading: ConfigurationReader(source: .secretPayload, values: values))
  }

  /// Reads `<prefix>HOST`, `<prefix>PORT`, `<prefix>USERNAME`, `<prefix>PASSWORD`, and the
  /// optional `<prefix>KEYSPACE` and `<prefix>TLS` (`false`, `0`, `no` or `off` disables TLS).
  ///
  /// - Parameters:
  ///   - environment: The variables to read; the process environment by default.
  ///   - prefix: The variable name prefix; `REDIS_` by default.
  /// - Throws: ``CacheConfigurationError`` naming the missing or invalid variable.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    prefix: String = "REDIS_"
  ) throws(CacheConfigurationError) {
    let source = ConfigurationReader.Source.environment(prefix: prefix)
    var values: [ConfigurationReader.Field: ConfigurationValue] = [:]
    for field in ConfigurationReader.Field.allCases {
      values[field] = environment[source.name(of: field)].map(ConfigurationValue.string)
    }
    try self.init(reading: ConfigurationReader(source: source, values: values))
  }

  private init(reading reader: ConfigurationReader) throws(CacheConfigurationError) {
    self.init(
      host: try reader.requiredString(.host),
      port: try reader.port(),
      username: try reader.requiredString(.username),
      password: try reader.requiredString(.password),
      keyspace: try reader.keyspace(),
      isTLSEnabled: try reader.isTLSEnabled()
    )
  }

  /// The prefix of every key of this service: `"<keyspace>:"`, or `""` without a keyspace.
  public var keyPrefix: String {
    guard let keyspace, !keyspace.isEmpty else { return "" }
    return keyspace + ":"
  }

  /// The full key for `name` in this service's keyspace: ``keyPrefix`` followed by `name`.
  public func key(_ name: String) -> String {
    keyPrefix + name
  }
}

extension CacheConnectionConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// A summary with the password redacted.
  public var description: String {
    let keyspaceText = keyspace.map { "\"\($0)\"" } ?? "nil"
    return """
      CacheConnectionConfiguration(host: "\(host)", port: \(port), username: "\(username)", \
      password: <redacted>, keyspace: \(keyspaceText), isTLSEnabled: \(isTLSEnabled))
      """
  }

  /// Same as ``description``: the password is redacted.
  public var debugDescription: String { description }

  /// A mirror without the password, so `dump(_:)` cannot reveal it.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "host": host,
        "port": port,
        "username": username,
        "password": "<redacted>",
        "keyspace": keyspace as Any,
        "isTLSEnabled": isTLSEnabled,
      ],
      displayStyle: .struct
    )
  }
}
