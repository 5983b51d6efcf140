import CloudFormationModel

/// A number that may be a deploy-time value, such as an endpoint port.
public struct NumberValue: Equatable {
  enum Storage: Equatable {
    case literal(Double)
    case token(Token)
  }

  let storage: Storage

  /// A literal number.
  public init(_ value: Double) { storage = .literal(value) }

  /// A literal integer.
  public init(_ value: Int) { storage = .literal(Double(value)) }

  /// A number that is a token.
  public init(token: Token) { storage = .token(token) }

  /// The number, when it is not a token.
  public var literal: Double? {
    if case .literal(let value) = storage { return value }
    return nil
  }

  /// Whether the number is a deploy-time value.
  public var isUnresolved: Bool { literal == nil }

  /// The number as a string (a token stays a token).
  public var asString: StringValue {
    switch storage {
    case .literal(let value): StringValue(CfnValue.number(value).resolvedLiteral?.jsonString(indent: 0) ?? "")
    case .token(let token): StringValue(token: token)
    }
  }
}

extension NumberValue: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) { self.init(value) }
}

extension NumberValue: ExpressibleByFloatLiteral {
  public init(floatLiteral value: Double) { self.init(value) }
}

extension NumberValue: CustomStringConvertible {
  public var description: String { asString.description }
}
