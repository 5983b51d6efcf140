/// Synthesis stopped because the app has errors; nothing was written.
///
/// It lists every error in the app (and the warnings found along the way), each with the path of
/// the construct, a stable code and a message that says how to fix it.
public struct SynthesisError: Error, Sendable, CustomStringConvertible {
  /// Every problem found, errors first, then in the order of the construct tree.
  public let diagnostics: [Diagnostic]

  /// The errors alone.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// An error listing these diagnostics.
  public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public var description: String {
    let count = errors.count
    let header = "Validation failed with \(count) error\(count == 1 ? "" : "s"):"
    return ([header] + diagnostics.map { "  \($0)" }).joined(separator: "\n")
  }

  /// Whether any error has this message (compared exactly) and, when given, this path.
  public func contains(message: String, path: String? = nil) -> Bool {
    errors.contains { $0.message == message && (path == nil || $0.path == path) }
  }
}
