/// The stable identifier of a kind of problem, such as `DuplicateConstructID`, with what it means.
///
/// Each module declares its codes as documented static members, so that call sites read
/// `node.addError(.duplicateConstructID, ...)`, and lists them in its ``ProblemCatalog`` for the
/// generated documentation of every code:
///
/// ```swift
/// extension ProblemCode {
///   /// Two siblings have the same id.
///   public static let duplicateConstructID = ProblemCode(
///     "DuplicateConstructID", module: "Constructs", summary: "Two constructs in one scope have the same id.")
/// }
/// ```
///
/// Two codes are equal when their names are equal.
public struct ProblemCode: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The identifier, in upper camel case; stable across releases.
  public let name: String
  /// The module that reports it.
  public let module: String
  /// What the problem means, in one sentence, for the catalog.
  public let summary: String
  /// How serious a problem of this kind is unless the reporter says otherwise.
  public let defaultSeverity: Problem.Severity

  /// A code named `name`, reported by `module`.
  public init(_ name: String, module: String, severity: Problem.Severity = .error, summary: String) {
    self.name = name
    self.module = module
    self.summary = summary
    self.defaultSeverity = severity
  }

  public static func == (lhs: ProblemCode, rhs: ProblemCode) -> Bool { lhs.name == rhs.name }
  public func hash(into hasher: inout Hasher) { hasher.combine(name) }
  public static func < (lhs: ProblemCode, rhs: ProblemCode) -> Bool { lhs.name < rhs.name }

  public var description: String { name }
}
