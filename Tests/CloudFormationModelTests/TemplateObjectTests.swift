import CloudFormationModel
import Testing

@Suite("Ordered template objects")
struct TemplateObjectTests {
  @Test("Members keep the order they were added in; replacing keeps the place, removing and adding moves to the end")
  func order() {
    var object: TemplateObject = ["b": 1, "a": 2, "c": 3]
    object["a"] = 20
    #expect(object.keys == ["b", "a", "c"])
    object["b"] = nil
    object["b"] = 10
    #expect(object.keys == ["a", "c", "b"])
    #expect(object["a"] == 20)
    #expect(object.sortedByKey.keys == ["a", "b", "c"])
  }

  @Test("Objects compare equal regardless of member order, as JSON data")
  func equality() {
    let left: TemplateValue = ["a": 1, "b": ["c": true]]
    let right: TemplateValue = ["b": ["c": true], "a": 1]
    #expect(left == right)
    #expect(left.differences(to: right).isEmpty)
  }

  @Test("Differences name each differing path")
  func differences() {
    let expected: TemplateValue = ["a": 1, "b": [1, 2], "c": ["d": "x"], "gone": true]
    let actual: TemplateValue = ["a": 2, "b": [1], "c": ["d": "y"], "new": nil]
    #expect(
      expected.differences(to: actual) == [
        "/a: expected 1 got 2",
        "/b: expected 2 items got 1: [1]",
        "/c/d: expected \"x\" got \"y\"",
        "/gone: missing (expected true)",
        "/new: unexpected null",
      ])
  }

  @Test("Intrinsic functions are recognised by their single key")
  func intrinsics() {
    let reference: TemplateValue = ["Ref": "X"]
    let attribute: TemplateValue = ["Fn::GetAtt": ["X", "Arn"]]
    let twoKeys: TemplateValue = ["Ref": "X", "Other": 1]
    let plain: TemplateValue = ["Name": "X"]
    #expect(reference.isIntrinsic)
    #expect(attribute.isIntrinsic)
    #expect(!twoKeys.isIntrinsic)
    #expect(!plain.isIntrinsic)
  }
}
