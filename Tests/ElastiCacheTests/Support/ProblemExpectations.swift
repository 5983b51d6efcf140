import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// A problem a program must report: its code, the path of the construct it is recorded on, its exact
/// message, and its severity.
struct ExpectedProblem: Sendable, CustomTestStringConvertible {
  let code: ProblemCode
  let path: String
  let message: String
  let severity: Problem.Severity
  let build: @Sendable (StackWithVPC) -> Void

  init(
    _ code: ProblemCode, at path: String = "Default/Cache", _ message: String, severity: Problem.Severity = .error,
    build: @escaping @Sendable (StackWithVPC) -> Void
  ) {
    self.code = code
    self.path = path
    self.message = message
    self.severity = severity
    self.build = build
  }

  var testDescription: String { "\(code): \(message)" }

  /// Builds the program on a fresh stack and expects the problem among those synthesis reports, with a fix;
  /// an error must stop synthesis.
  func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let fixture = StackWithVPC()
    build(fixture)
    let app = try #require(fixture.stack.node.root as? App, sourceLocation: sourceLocation)
    let diagnostics: [Diagnostic]
    do {
      diagnostics = try app.synthesize().warnings
      #expect(severity != .error, "Synthesis succeeded, but \(code) is an error", sourceLocation: sourceLocation)
    } catch {
      diagnostics = error.diagnostics
    }
    let match = diagnostics.first { $0.code == code.name && $0.path == path && $0.message == message }
    #expect(
      match != nil,
      "Expected \(severity) \(code) at \(path): \(message)\namong:\n\(diagnostics.map(\.description).joined(separator: "\n"))",
      sourceLocation: sourceLocation)
    #expect(match?.severity == severity, sourceLocation: sourceLocation)
    #expect(match?.fix?.isEmpty == false, "The problem says how to fix it", sourceLocation: sourceLocation)
  }
}

/// The codes of the errors synthesizing the stack's app reports, in order; empty when it succeeds.
func errorCodes(of stack: Stack) -> [String] {
  guard let app = stack.node.root as? App else { return [] }
  do {
    _ = try app.synthesize()
    return []
  } catch {
    return error.errors.map(\.code)
  }
}
