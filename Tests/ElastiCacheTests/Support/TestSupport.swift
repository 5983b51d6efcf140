import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The upstream tests' fixture: `new Stack()` (its id and name are `Default`) and `new Vpc(stack, 'VPC')`.
struct StackWithVPC {
  let stack: Stack
  let vpc: EC2.VPC

  init() {
    stack = Stack()
    vpc = EC2.VPC(stack, "VPC")
  }
}

/// The port of upstream `expect(() => ...).toThrow(message)`: synthesizing the stack's app fails, and
/// one of its errors has exactly `message` and was recorded on the construct at `path`.
@discardableResult
func expectSynthesisError(
  _ stack: Stack,
  _ message: String,
  at path: String,
  sourceLocation: SourceLocation = #_sourceLocation
) -> SynthesisError? {
  let error = #expect(throws: SynthesisError.self, sourceLocation: sourceLocation) { _ = try Template(stack) }
  if let error {
    #expect(
      error.contains(message: message, path: path),
      "Expected the error '\(message)' at \(path) among:\n\(error)",
      sourceLocation: sourceLocation
    )
  }
  return error
}

/// The stack's app synthesized in memory (the warnings are in ``CloudAssembly/warnings``).
func synthesizedAssembly(of stack: Stack, sourceLocation: SourceLocation = #_sourceLocation) throws -> CloudAssembly {
  let app = try #require(stack.node.root as? App, sourceLocation: sourceLocation)
  return try app.synthesize()
}

/// The warnings synthesis reports for the construct at `path`.
func warnings(of stack: Stack, at path: String) throws -> [Diagnostic] {
  try synthesizedAssembly(of: stack).warnings.filter { $0.path == path }
}

/// Values the upstream tests pass where an object is expected (`isIamUser({})`, `null`, `'string'`, `123`).
func nonConstructValues() -> [Any?] { [[String: Int](), nil, "string", 123] }

extension StringValue {
  /// The string as the stack renders it, as JSON text, for `toContain` checks on tokens.
  func renderedJSON(in stack: Stack) -> String {
    stack.resolve(self)?.jsonString(indent: 0) ?? ""
  }
}
