import CloudFormationModel
import Constructs
import Testing

@Suite("Mappings")
struct CfnMappingTests {
  @Test("Second-level keys must be alphanumeric, and literal lookups must find their keys")
  func validation() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let mapping = CfnMapping(stack, "Sizes", mapping: ["dev": ["small-size": "t3.micro", "large": "t3.large"]])
    _ = mapping.findInMap("prod", "large")
    _ = mapping.findInMap("dev", "medium")
    _ = mapping.findInMap(Aws.region, "anything")
    #expect(
      synthesisErrors(app) == [
        error(
          "Stack/Sizes", "InvalidMappingKey", "Attribute name 'small-size' must contain only alphanumeric characters."),
        error("Stack/Sizes", "MappingKeyNotFound", "Mapping doesn't contain top-level key 'prod'"),
        error("Stack/Sizes", "MappingKeyNotFound", "Mapping doesn't contain second-level key 'medium'"),
      ])
  }

  @Test("A lazy mapping returns literal lookups directly and appears in the template only when needed")
  func lazyMapping() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let unused = CfnMapping(stack, "Unused", mapping: ["a": ["b": "c", "n": 3]], lazy: true)
    #expect(unused.findInMap("a", "b") == "c")
    #expect(stack.resolve(unused.findInMap("a", "n")) == 3)
    let used = CfnMapping(stack, "Used", mapping: ["a": ["b": "c"]], lazy: true)
    #expect(stack.resolve(used.findInMap(Aws.region, "b")) == ["Fn::FindInMap": ["Used", ["Ref": "AWS::Region"], "b"]])
    let eager = CfnMapping(stack, "Eager", mapping: ["a": ["b": "c"]])
    #expect(stack.resolve(eager.findInMap("a", "b")) == ["Fn::FindInMap": ["Eager", "a", "b"]])
    let mappings = try app.synthesize().stack("Stack")?.template["Mappings"]?.objectValue?.keys
    #expect(mappings == ["Used", "Eager"])
  }
}
