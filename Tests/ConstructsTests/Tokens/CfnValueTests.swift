import Constructs
import Testing

@Suite("CfnValue")
struct CfnValueTests {
  @Test("object(omittingNils:) keeps the members with a value in the order written")
  func objectOmittingNils() {
    let absent: String? = nil
    let present: String? = "given"
    let value = CfnValue.object(omittingNils: [
      "Zebra": 1,
      "Absent": absent.map { .string(StringValue($0)) },
      "Present": present.map { .string(StringValue($0)) },
      "Null": .null,
      "Literal": nil,
      "Alpha": true,
    ])
    #expect(value == .object(["Zebra": 1, "Present": "given", "Null": .null, "Alpha": true]))
    #expect(CfnValue.object(omittingNils: ["Only": nil]) == .object([]))
    #expect(CfnValue.Member.omittingNils(["A": nil, "B": 2]) == [CfnValue.Member("B", 2)])
  }
}
