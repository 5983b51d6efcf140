import Constructs
import Testing

@Suite("Construct ids")
struct ConstructIDTests {
  @Test("An empty id is an error with the parent's path and a stable code, not a trap")
  func emptyID() {
    let app = App(outdir: "unused")
    let group = Construct(Stack(app, "Stack"), "Group")
    _ = Construct(group, "")
    #expect(
      synthesisErrors(app) == [error("Stack/Group", "InvalidConstructID", "Only root constructs may have an empty ID")])
  }

  @Test("An id containing '/' is an error, because '/' separates path components")
  func slashInID() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = Construct(stack, "a/b")
    #expect(
      synthesisErrors(app) == [
        error(
          "Stack", "InvalidConstructID",
          "Construct id 'a/b' in Stack [Stack] contains '/', which separates path components. Use another character, such as '-'."
        )
      ])
  }

  @Test("A duplicate id among siblings is an error in the AWS CDK's words, and the first construct keeps the id")
  func duplicateID() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let first = Construct(stack, "Cache")
    _ = Construct(stack, "Cache")
    _ = Construct(app, "Shared")
    _ = Construct(app, "Shared")
    #expect(stack.node.tryFindChild("Cache") === first)
    #expect(
      synthesisErrors(app) == [
        error("", "DuplicateConstructID", "There is already a Construct with name 'Shared' in App"),
        error("Stack", "DuplicateConstructID", "There is already a Construct with name 'Cache' in Stack [Stack]"),
      ])
  }

  @Test("Paths join the ids from below the app, and the root's path is empty")
  func paths() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let leaf = Construct(Construct(stack, "Group"), "Leaf")
    #expect(app.node.path == "")
    #expect(leaf.node.path == "Stack/Group/Leaf")
    #expect(leaf.node.scopes.map(\.node.id) == ["", "Stack", "Group", "Leaf"])
    #expect(leaf.node.root === app)
    #expect(leaf.description == "Construct [Stack/Group/Leaf]")
  }

  @Test("The default child is the one named Resource, else the one named Default")
  func defaultChild() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let withDefault = Construct(stack, "A")
    let byDefault = Construct(withDefault, "Default")
    #expect(withDefault.node.defaultChild === byDefault)
    let withResource = Construct(stack, "B")
    let resource = Construct(withResource, "Resource")
    _ = Construct(withResource, "Default")
    #expect(withResource.node.defaultChild === resource)
    #expect(stack.node.tryFindChild("missing") == nil)
  }

  @Test("A construct's address is the AWS CDK's node.addr, without Default components")
  func address() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let group = Construct(stack, "Group")
    // Generated once with the constructs library's addressOf: "c8" + sha1 of each id followed by "\n".
    #expect(Construct(group, "Resource").node.addr == "c8e458957b1ddc977306d9effef4be43c40cd40250")
    #expect(
      Construct(Construct(group, "Default"), "Resource").node.addr == "c8e458957b1ddc977306d9effef4be43c40cd40250")
    #expect(stack.node.addr == "c8832c0e89ad3aa182a5ae3eacc4456adda3ed04c9")
  }
}
