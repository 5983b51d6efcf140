extension Lambda {
  /// The runtime a function runs on, such as ``providedAL2023`` for a Swift binary named `bootstrap`.
  ///
  /// A value type with named members for the runtimes in use and an initializer for any other, so that a
  /// runtime released after this toolkit can be used right away: `Lambda.Runtime(name: "python3.15")`.
  public struct Runtime: Sendable, Equatable, CustomStringConvertible {
    /// The runtime's identifier, as the `Runtime` property takes it (such as `provided.al2023`).
    public let name: String
    /// The language family, when known.
    public let family: Lambda.RuntimeFamily?
    /// Whether the function's code may be given inline (`Code.fromInline`).
    public let supportsInlineCode: Bool

    /// A runtime by its identifier.
    public init(name: String, family: Lambda.RuntimeFamily? = nil, supportsInlineCode: Bool = false) {
      self.name = name
      self.family = family
      self.supportsInlineCode = supportsInlineCode
    }

    public var description: String { name }

    /// Amazon Linux 2023 custom runtime: a `bootstrap` executable, such as a Swift service.
    public static let providedAL2023 = Runtime(name: "provided.al2023", family: .other)
    /// Amazon Linux 2 custom runtime.
    public static let providedAL2 = Runtime(name: "provided.al2", family: .other)
    /// Node.js 20.
    public static let nodejs20_x = Runtime(name: "nodejs20.x", family: .nodeJS, supportsInlineCode: true)
    /// Node.js 22.
    public static let nodejs22_x = Runtime(name: "nodejs22.x", family: .nodeJS, supportsInlineCode: true)
    /// Node.js 24.
    public static let nodejs24_x = Runtime(name: "nodejs24.x", family: .nodeJS, supportsInlineCode: true)
    /// Python 3.11.
    public static let python3_11 = Runtime(name: "python3.11", family: .python, supportsInlineCode: true)
    /// Python 3.12.
    public static let python3_12 = Runtime(name: "python3.12", family: .python, supportsInlineCode: true)
    /// Python 3.13.
    public static let python3_13 = Runtime(name: "python3.13", family: .python, supportsInlineCode: true)
    /// Python 3.14.
    public static let python3_14 = Runtime(name: "python3.14", family: .python, supportsInlineCode: true)
    /// Java 17.
    public static let java17 = Runtime(name: "java17", family: .java)
    /// Java 21.
    public static let java21 = Runtime(name: "java21", family: .java)
    /// .NET 8.
    public static let dotnet8 = Runtime(name: "dotnet8", family: .dotnetCore)
    /// Ruby 3.3.
    public static let ruby3_3 = Runtime(name: "ruby3.3", family: .ruby)
    /// Ruby 3.4.
    public static let ruby3_4 = Runtime(name: "ruby3.4", family: .ruby)
  }
}
