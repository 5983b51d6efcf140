import Constructs
import Testing

@Suite("Generated names")
struct NamesTests {
  /// A construct at `components` below a stack named `stackName`.
  private static func construct(_ stackName: String, _ components: [String]) -> Construct {
    var scope: Construct = Stack(App(outdir: "unused"), stackName)
    for component in components { scope = Construct(scope, component) }
    return scope
  }

  // Generated once with the AWS CDK's makeUniqueResourceName (aws-cdk-lib 2.275,
  // core/lib/private/unique-resource-name.js), with the stack name as the first component.
  @Test(
    "Names.uniqueResourceName follows the AWS CDK's algorithm for every option",
    arguments: [
      (["Group", "Resource"], 256, "", "", "StackGroup114A2C06"),
      (["Group", "Resource"], 10, "", "", "Sp114A2C06"),
      (["Group", "Resource"], 13, "", "", "Stup114A2C06"),
      (["Group", "Resource"], 9, "", "", "StackGroup114A2C06"),
      (["Group", "Resource"], 8, "", "", "StackGroup114A2C06"),
      (["Group", "Resource"], 4, "", "", "StackGroackGroup114A2C06"),
      (["A-b_c.d"], 256, "", "-_.", "StackA-b_c.dAEB393D4"),
      (["a+b,c-d"], 256, "", "+-/", "Stacka+b,c-dAE05C570"),
      (["a-b_c"], 256, "", "-", "Stacka-bc379E548A"),
      (["a\\b]c"], 256, "", "\\\\", "Stacka\\bc59C1E95E"),
      (["Default", "X"], 256, "-", "", "Stack-X-320B7FED"),
      (["Group", "Group"], 256, ".", "", "Stack.Group.2A18D21C"),
      ([String(repeating: "x", count: 300)], 64, "_", "", "Stack_" + String(repeating: "x", count: 49) + "_B312709A"),
    ]
  )
  func uniqueResourceName(
    components: [String], maxLength: Int, separator: String, allowed: String, expected: String
  ) {
    let name = Names.uniqueResourceName(
      Self.construct("Stack", components), maxLength: maxLength, separator: separator,
      allowedSpecialCharacters: allowed)
    #expect(name == expected)
  }

  @Test("A stack's own name is its unique resource name, and its stack name replaces its id")
  func stackNames() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack", stackName: "OnlyOne")
    #expect(Names.uniqueResourceName(stack) == "OnlyOne")
    #expect(Names.uniqueResourceName(Construct(stack, "Res")) == "OnlyOneResD69F317F")
  }

  @Test("A construct outside every stack is named from its path below the app")
  func outsideStacks() {
    #expect(Names.uniqueResourceName(Construct(App(outdir: "unused"), "Orphan")) == "OrphanD250115B")
  }

  @Test("Names.uniqueID uses the path below the app, without Default components")
  func uniqueID() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    #expect(Names.uniqueID(Construct(Construct(stack, "Group"), "Inner")) == "StackGroupInner55DB682E")
    #expect(Names.uniqueID(Construct(Construct(stack, "Default"), "Child")) == "StackChild0B979ADC")
    #expect(Names.uniqueID(stack) == "Stack")
    #expect(Names.uniqueID(app) == "")
  }

  @Test("A name from only Default components is an error, as in the AWS CDK")
  func onlyDefault() {
    let app = App(outdir: "unused")
    let hidden = Construct(app, "Default")
    _ = Names.uniqueID(hidden)
    let stack = Stack(app, "Named", stackName: "Default")
    _ = Names.uniqueResourceName(stack)
    #expect(
      synthesisErrors(app) == [
        error("Default", "EmptyUniqueID", "Unable to calculate a unique id for an empty set of components"),
        error("Named", "EmptyUniqueID", "Unable to calculate a unique resource name for an empty set of components"),
      ])
  }
}
