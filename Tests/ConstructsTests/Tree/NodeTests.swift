import CloudFormationModel
import Constructs
import Testing

@Suite("Node")
struct NodeTests {
  @Test("tryRemoveChild removes the child with the id, frees the id, and says whether it removed one")
  func tryRemoveChild() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let first = Construct(stack, "First")
    _ = Construct(stack, "Second")
    #expect(stack.node.tryRemoveChild("First"))
    #expect(!stack.node.tryRemoveChild("First"))
    #expect(!stack.node.tryRemoveChild("Missing"))
    #expect(stack.node.tryFindChild("First") == nil)
    #expect(stack.node.children.map(\.node.id) == ["Second"])
    #expect(!app.node.findAll().contains { $0 === first })
    let replacement = Construct(stack, "First")
    #expect(stack.node.tryFindChild("First") === replacement)
    #expect(stack.node.children.map(\.node.id) == ["Second", "First"])
    #expect(synthesisErrors(app).isEmpty)
  }

  @Test("A removed resource leaves the template; dependencies on it are left alone, as in the AWS CDK")
  func removedResource() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let kept = Construct(stack, "Kept")
    _ = CfnResource(kept, "Resource", type: "AWS::SQS::Queue")
    let removed = CfnResource(stack, "Removed", type: "AWS::SQS::Queue")
    kept.node.addDependency(removed)
    #expect(stack.node.tryRemoveChild("Removed"))
    #expect(kept.node.dependencies.contains { $0 === removed })
    stack.node.tryRemoveChild("Kept")
    let resources = try app.synthesize().stack("Stack")?.template["Resources"]
    #expect(resources == nil || resources == .object(TemplateObject()))
  }
}
