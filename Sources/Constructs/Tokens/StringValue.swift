/// A string that may contain deploy-time values.
///
/// Write literals as usual (`"my-cache"`) and interpolate tokens with Swift string interpolation
/// (`"arn:\(stack.partition):elasticache:..."`). A string that contains tokens renders as
/// `Fn::Join`, exactly as the AWS CDK renders it.
public struct StringValue {
  enum Fragment {
    case literal(String)
    case token(Token)
  }

  private(set) var fragments: [Fragment]

  init(fragments: [Fragment]) {
    var merged: [Fragment] = []
    for fragment in fragments {
      switch (merged.last, fragment) {
      case (.literal(let previous), .literal(let next)):
        merged[merged.count - 1] = .literal(previous + next)
      case (_, .literal(let text)) where text.isEmpty:
        continue
      default:
        merged.append(fragment)
      }
    }
    self.fragments = merged
  }

  /// A literal string.
  public init(_ literal: String) { self.init(fragments: [.literal(literal)]) }

  /// A string that is exactly one token.
  public init(token: Token) { self.init(fragments: [.token(token)]) }

  /// Whether the string contains deploy-time values.
  public var isUnresolved: Bool {
    fragments.contains { if case .token = $0 { true } else { false } }
  }

  /// The string, when it has no tokens.
  public var literal: String? {
    switch fragments.count {
    case 0: return ""
    case 1:
      if case .literal(let text) = fragments[0] { return text }
      return nil
    default: return nil
    }
  }

  /// The single token this string consists of, if it is exactly one token.
  var singleToken: Token? {
    guard fragments.count == 1, case .token(let token) = fragments[0] else { return nil }
    return token
  }

  /// The leading literal text before the first token.
  var literalPrefix: String {
    if case .literal(let text)? = fragments.first { return text }
    return ""
  }

  /// Concatenates two strings.
  public static func + (lhs: StringValue, rhs: StringValue) -> StringValue {
    StringValue(fragments: lhs.fragments + rhs.fragments)
  }

  /// Splits the string at `separator` in its literal parts; tokens stay inside the piece they belong to.
  public func split(separator: Character) -> [StringValue] {
    var pieces: [[Fragment]] = [[]]
    for fragment in fragments {
      switch fragment {
      case .token:
        pieces[pieces.count - 1].append(fragment)
      case .literal(let text):
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        for (offset, part) in parts.enumerated() {
          if offset > 0 { pieces.append([]) }
          pieces[pieces.count - 1].append(.literal(String(part)))
        }
      }
    }
    return pieces.map(StringValue.init(fragments:))
  }

  /// Whether the literal text contains `substring` (tokens are not searched).
  public func literalTextContains(_ substring: String) -> Bool {
    fragments.contains { if case .literal(let text) = $0 { text.contains(substring) } else { false } }
  }
}

extension StringValue: ExpressibleByStringInterpolation {
  public init(stringLiteral value: String) { self.init(value) }

  public init(stringInterpolation: StringInterpolation) { self.init(fragments: stringInterpolation.fragments) }

  /// Builds a ``StringValue`` from literal text and interpolated values or tokens.
  public struct StringInterpolation: StringInterpolationProtocol {
    var fragments: [Fragment] = []

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: String) { fragments.append(.literal(literal)) }

    /// Interpolates a string that may contain tokens.
    public mutating func appendInterpolation(_ value: StringValue) { fragments += value.fragments }

    /// Interpolates a number that may be a token.
    public mutating func appendInterpolation(_ value: NumberValue) { fragments += value.asString.fragments }

    /// Interpolates a token.
    public mutating func appendInterpolation(_ token: Token) { fragments.append(.token(token)) }

    /// Interpolates a plain value by its description.
    public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      fragments.append(.literal(value.description))
    }
  }
}

extension StringValue: CustomStringConvertible {
  /// A readable form for messages: literal text, with `${Token[...]}` for each token.
  public var description: String {
    fragments.map {
      switch $0 {
      case .literal(let text): text
      case .token(let token): "${Token[\(token.displayName)]}"
      }
    }.joined()
  }
}

extension StringValue: Equatable {}

extension StringValue.Fragment: Equatable {}
