/// A literal name in the shared cache: a service's keyspace, a shared key prefix or a pub/sub channel.
///
/// Names go into access strings (`~orders:*`, `&orders:events`) and into the service's secret, so they are
/// kept to characters that mean nothing there: ASCII letters, digits, `-`, `_` and `.`, in parts separated by
/// single `:` (`orders`, `team.orders:reports`). Glob characters (`*`, `?`, `[`), ACL syntax (`~`, `&`, `%`,
/// `+`, `-@`), spaces, quotes and backslashes cannot appear, so a name always matches exactly the keys it
/// says.
public struct KeyspaceName: Sendable, Hashable, CustomStringConvertible {
  /// The longest name, in characters.
  public static let maximumLength = 100

  /// Why a text is not a literal name.
  public enum Violation: Sendable, Hashable, CustomStringConvertible {
    /// The text is empty.
    case empty
    /// The text is longer than ``KeyspaceName/maximumLength`` (its length).
    case tooLong(Int)
    /// The text has a character that is not a letter, digit, `-`, `_`, `.` or separating `:`.
    case character(Unicode.Scalar)
    /// The text starts or ends with `:`, or has `::`.
    case emptyPart

    /// What is wrong, to follow "it".
    public var description: String {
      switch self {
      case .empty: "is empty"
      case .tooLong(let length): "is \(length) characters long, more than \(KeyspaceName.maximumLength)"
      case .character(let scalar): "contains \(Self.describe(scalar))"
      case .emptyPart: "has an empty part: ':' separates parts and may not start, end or double"
      }
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
      switch scalar {
      case " ": "a space"
      case "'": "a quote (')"
      case _ where scalar.isASCII && scalar.value >= 0x21 && scalar.value < 0x7F: "'\(scalar)'"
      default: "the character U+\(String(scalar.value, radix: 16, uppercase: true))"
      }
    }
  }

  /// The name.
  public let text: String

  /// The name `text`, or `nil` when it is not a literal name.
  public init?(_ text: String) {
    guard Self.violation(in: text) == nil else { return nil }
    self.text = text
  }

  public var description: String { text }

  /// Why `text` is not a literal name, or `nil` when it is one.
  public static func violation(in text: String) -> Violation? {
    let scalars = Array(text.unicodeScalars)
    if scalars.isEmpty { return .empty }
    if let invalid = scalars.first(where: { !isNameCharacter($0) && $0 != ":" }) { return .character(invalid) }
    if scalars.count > maximumLength { return .tooLong(scalars.count) }
    if scalars.first == ":" || scalars.last == ":" || text.contains("::") { return .emptyPart }
    return nil
  }

  /// The key pattern of the name's keys, `<name>:*`.
  public var keyPattern: String { text + ":*" }

  /// Whether a key can start with both `<self>:` and `<other>:`: the names are equal, or one is the other
  /// followed by `:` (`orders` and `orders:reports`), so that `~<self>:*` and `~<other>:*` share keys.
  public func overlaps(_ other: KeyspaceName) -> Bool {
    other.text == text || other.text.hasPrefix(text + ":") || text.hasPrefix(other.text + ":")
  }

  /// Whether the key or channel named `other` matches `<self>:*`.
  public func contains(_ other: KeyspaceName) -> Bool { other.text.hasPrefix(text + ":") }

  private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": true
    default: false
    }
  }
}
