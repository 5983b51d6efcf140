import CloudFormationModel
import Constructs
import Foundation
import Testing

/// Tree walks never recurse: a construct tree of any depth is synthesized or reported, never a crash.
@Suite("Deep construct trees")
struct DeepTreeTests {
  /// A chain of `depth` constructs below `stack`, each the child of the one before; returns the deepest.
  private func chain(below stack: Stack, depth: Int) -> Construct {
    var current: Construct = stack
    for level in 0..<depth { current = Construct(current, "L\(level)") }
    return current
  }

  @Test("A tree 100,000 constructs deep is an error on the first construct below the limit, not a crash")
  func veryDeepTree() throws {
    let outdir = temporaryDirectoryPath()
    let app = App(outdir: outdir)
    let stack = Stack(app, "Stack")
    let deepest = chain(below: stack, depth: 100_000)
    _ = CfnResource(deepest, "Topic", type: "AWS::SNS::Topic")
    #expect(deepest.node.path.hasSuffix("/L99998/L99999"))
    #expect(deepest.node.scopes.count == 100_002)
    #expect(stack.node.findAll().count == 100_002)
    app.node.setContext("flag", true)
    #expect(deepest.node.tryGetContext("flag") == true)
    let thrown = #expect(throws: SynthesisError.self) { try app.synth() }
    let errors = try #require(thrown).errors
    #expect(errors.map(\.code) == ["ConstructTreeTooDeep"])
    #expect(
      errors.first?.message
        == "This construct is \(Node.maximumDepth + 1) levels below the app; synthesis supports at most "
        + "\(Node.maximumDepth) levels.")
    #expect(errors.first?.path.hasSuffix("/L\(Node.maximumDepth - 1)") == true)
    #expect(!FileManager.default.fileExists(atPath: outdir))
  }

  @Test("A tree as deep as the limit synthesizes")
  func deepestSupportedTree() throws {
    let app = App(outdir: temporaryDirectoryPath())
    let stack = Stack(app, "Stack")
    _ = CfnResource(chain(below: stack, depth: Node.maximumDepth - 2), "Topic", type: "AWS::SNS::Topic")
    let assembly = try app.synth()
    #expect(assembly.stack("Stack")?.template["Resources"]?.objectValue?.count == 1)
  }
}
