extension Lambda {
  /// The instruction set a function runs on.
  public struct Architecture: Sendable, Equatable, CustomStringConvertible {
    /// The architecture's identifier, as the `Architectures` property takes it.
    public let name: String

    /// An architecture by its identifier.
    public init(name: String) { self.name = name }

    public var description: String { name }

    /// 64-bit x86 (Lambda's default).
    public static let x86_64 = Architecture(name: "x86_64")
    /// 64-bit ARM (AWS Graviton).
    public static let arm64 = Architecture(name: "arm64")
  }
}
