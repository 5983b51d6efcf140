/// One raw value read from a configuration source, before it is validated.
///
/// The secret payload is JSON, so a value may be any JSON type; environment variables are
/// always strings.
enum ConfigurationValue: Sendable, Equatable, Decodable {
  case string(String)
  case integer(Int)
  case number(Double)
  case bool(Bool)
  case null
  /// A JSON object or array.
  case structured

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .integer(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else {
      self = .structured
    }
  }

  /// The kind of value, for error messages (never the value itself, which may be secret).
  var kind: String {
    switch self {
    case .string: "a string"
    case .integer, .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    case .structured: "an object or array"
    }
  }
}
