/// A list of strings that may be a deploy-time value as a whole (such as `Fn::GetAZs`) or hold tokens.
public struct StringListValue: Equatable {
  enum Storage: Equatable {
    case literal([StringValue])
    case token(Token)
  }

  let storage: Storage

  /// A list of the given strings.
  public init(_ elements: [StringValue]) { storage = .literal(elements) }

  /// A list that is a token as a whole.
  public init(token: Token) { storage = .token(token) }

  /// The elements, when the list is not a token as a whole.
  public var elements: [StringValue]? {
    if case .literal(let elements) = storage { return elements }
    return nil
  }

  /// Whether the list as a whole is a deploy-time value.
  public var isUnresolved: Bool { elements == nil }
}

extension StringListValue: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: StringValue...) { self.init(elements) }
}
