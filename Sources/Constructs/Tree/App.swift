public import CloudFormationModel
import Foundation

/// The root of a construct tree: holds the stacks and synthesizes them into a cloud assembly.
///
/// The app honours the environment the AWS CDK command-line toolkit sets when it runs an app:
/// `CDK_OUTDIR` (where to write the assembly) and `CDK_CONTEXT_JSON` (context values).
public final class App: Construct {
  /// The directory the cloud assembly is written to.
  public let outdir: String

  /// An app writing to `outdir` (else `CDK_OUTDIR`, else `cdk.out`), with context from `context`
  /// and `CDK_CONTEXT_JSON` (read from `environment`, the process environment by default).
  public init(
    outdir: String? = nil,
    context: [String: TemplateValue] = [:],
    environment: [String: String]? = nil
  ) {
    let environment = environment ?? ProcessInfo.processInfo.environment
    self.outdir = outdir ?? environment["CDK_OUTDIR"] ?? "cdk.out"
    super.init(rootID: "")
    for (key, value) in Self.contextFromEnvironment(environment, recordingProblemsOn: node) {
      node.setContext(key, value)
    }
    for (key, value) in context { node.setContext(key, value) }
  }

  /// Validates the app, then writes the cloud assembly to ``outdir``.
  ///
  /// - Returns: the assembly that was written.
  /// - Throws: ``SynthesisError`` listing every error in the app; nothing is written then.
  /// - Parameter outdir: a directory to write to instead of ``outdir``.
  @discardableResult
  public func synth(outdir: String? = nil) throws(SynthesisError) -> CloudAssembly {
    let assembly = try synthesize(outdir: outdir ?? self.outdir)
    do {
      try CloudAssemblyWriter(assembly: assembly).write()
    } catch {
      throw SynthesisError(diagnostics: [
        Diagnostic(
          severity: .error,
          path: "",
          code: "AssemblyWriteFailed",
          message:
            "Could not write the cloud assembly to '\(assembly.directory)': \(error). Check that the directory is writable."
        )
      ])
    }
    return assembly
  }

  /// Validates the app and renders the cloud assembly in memory, without writing it.
  public func synthesize(outdir: String? = nil) throws(SynthesisError) -> CloudAssembly {
    let (assembly, diagnostics) = AppSynthesis(app: self, outdir: outdir ?? self.outdir).run()
    if diagnostics.contains(where: { $0.severity == .error }) {
      throw SynthesisError(diagnostics: diagnostics.sorted { $0.severity < $1.severity })
    }
    return assembly
  }

  private static func contextFromEnvironment(
    _ environment: [String: String],
    recordingProblemsOn node: Node
  ) -> [(String, TemplateValue)] {
    var texts: [(source: String, text: String)] = []
    if let overflow = environment["CDK_CONTEXT_OVERFLOW_LOCATION"],
      let text = try? String(contentsOfFile: overflow, encoding: .utf8)
    {
      texts.append(("CDK_CONTEXT_OVERFLOW_LOCATION", text))
    }
    if let text = environment["CDK_CONTEXT_JSON"] { texts.append(("CDK_CONTEXT_JSON", text)) }
    var context: [(String, TemplateValue)] = []
    for (source, text) in texts {
      do {
        let value = try TemplateValue(parsingJSON: text)
        guard let object = value.objectValue else {
          node.addError("InvalidContext", "\(source) must hold a JSON object of context values.")
          continue
        }
        context += object.map { ($0.key, $0.value) }
      } catch {
        node.addError("InvalidContext", "\(source) is not valid JSON: \(error)")
      }
    }
    return context
  }
}
