/// Validates the raw values of one configuration source (the secret payload or the environment)
/// and phrases every error the way that source spells its fields.
struct ConfigurationReader {
  /// The settings a connection is built from.
  enum Field: String, CaseIterable {
    case host, port, username, password, keyspace, tls

    /// What a valid value looks like, as the end of "Set X to …".
    var hint: String {
      switch self {
      case .host: "the cache endpoint's host name"
      case .port: "the cache port, an integer such as 6379"
      case .username: "the cache ACL user name"
      case .password: "that ACL user's password"
      case .keyspace: "a key prefix such as \"orders\" (or remove it)"
      case .tls: "true or false"
      }
    }
  }

  /// Where the values come from.
  enum Source {
    /// The JSON payload of the service's secret.
    case secretPayload
    /// Environment variables named `<prefix><FIELD>`, for example `REDIS_HOST`.
    case environment(prefix: String)

    /// The field as this source spells it: a JSON key or an environment variable name.
    func name(of field: Field) -> String {
      switch self {
      case .secretPayload: field.rawValue
      case .environment(let prefix): prefix + field.rawValue.uppercased()
      }
    }

    /// The field as a sentence subject, e.g. `Redis secret field "port"`.
    func subject(_ field: Field) -> String {
      switch self {
      case .secretPayload: "Redis secret field \"\(field.rawValue)\""
      case .environment: "Environment variable \(name(of: field))"
      }
    }

    /// How to fix a field, e.g. `Set "port" to … in the secret's JSON payload.`
    func fix(_ field: Field) -> String {
      switch self {
      case .secretPayload: "Set \"\(field.rawValue)\" to \(field.hint) in the secret's JSON payload."
      case .environment: "Set \(name(of: field)) to \(field.hint)."
      }
    }
  }

  let source: Source
  let values: [Field: ConfigurationValue]

  /// A required, non-empty string.
  func requiredString(_ field: Field) throws(CacheConfigurationError) -> String {
    switch values[field] {
    case nil, .null?:
      throw missing(field)
    case .string(let value)?:
      guard !value.isEmpty else {
        throw error(.emptyField, field, emptyMessage(field))
      }
      return value
    case let other?:
      throw error(
        .invalidField, field, "\(source.subject(field)) must be a string, not \(other.kind). \(source.fix(field))")
    }
  }

  /// The required port: an integer from 1 through 65535, given as a number or a numeric string.
  func port() throws(CacheConfigurationError) -> Int {
    let field = Field.port
    let found: String
    switch values[field] {
    case nil, .null?:
      throw missing(field)
    case .string(let text)? where text.isEmpty:
      throw error(.emptyField, field, emptyMessage(field))
    case .integer(let number)?:
      if (1...65535).contains(number) { return number }
      found = String(number)
    case .string(let text)?:
      if let number = Int(text), (1...65535).contains(number) { return number }
      found = "\"\(text)\""
    case .number(let number)?:
      found = String(number)
    case let other?:
      found = other.kind
    }
    throw error(
      .invalidPort,
      field,
      "\(source.subject(field)) must be an integer between 1 and 65535, but is \(found). \(source.fix(field))"
    )
  }

  /// The optional keyspace; an empty string means none.
  func keyspace() throws(CacheConfigurationError) -> String? {
    let field = Field.keyspace
    switch values[field] {
    case nil, .null?:
      return nil
    case .string(let value)?:
      return value.isEmpty ? nil : value
    case let other?:
      throw error(
        .invalidField, field, "\(source.subject(field)) must be a string, not \(other.kind). \(source.fix(field))")
    }
  }

  /// Whether TLS is on: true unless the source explicitly says false (`false`, `0`, `no`, `off`).
  func isTLSEnabled() throws(CacheConfigurationError) -> Bool {
    let field = Field.tls
    switch values[field] {
    case nil, .null?:
      return true
    case .bool(let value)?:
      return value
    case .string(let text)?:
      switch text.lowercased() {
      case "", "true", "1", "yes", "on": return true
      case "false", "0", "no", "off": return false
      default:
        throw error(
          .invalidField, field,
          "\(source.subject(field)) must be true or false, but is \"\(text)\". \(source.fix(field))")
      }
    case let other?:
      throw error(
        .invalidField, field, "\(source.subject(field)) must be a boolean, not \(other.kind). \(source.fix(field))")
    }
  }

  private func missing(_ field: Field) -> CacheConfigurationError {
    let name = source.name(of: field)
    let message =
      switch source {
      case .secretPayload:
        "Redis secret is missing \"\(name)\". Add \"\(name)\" (\(field.hint)) to the secret's JSON payload."
      case .environment:
        "Redis setting is missing: environment variable \(name) is not set. Set \(name) to \(field.hint)."
      }
    return error(.missingField, field, message)
  }

  private func emptyMessage(_ field: Field) -> String {
    switch source {
    case .secretPayload:
      "Redis secret is missing \"\(field.rawValue)\" (the value is empty). \(source.fix(field))"
    case .environment:
      "Redis setting is missing: environment variable \(source.name(of: field)) is empty. \(source.fix(field))"
    }
  }

  private func error(_ code: CacheConfigurationError.Code, _ field: Field, _ message: String) -> CacheConfigurationError
  {
    CacheConfigurationError(code: code, field: source.name(of: field), message: message)
  }
}
