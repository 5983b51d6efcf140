import CloudFormationModel
import Testing

@Suite("Reading JSON")
struct JSONParsingTests {
  @Test("Parsed objects keep their member order and escapes are decoded")
  func keepsOrder() throws {
    let value = try TemplateValue(
      parsingJSON: #"{"b": 1, "a": [true, null, "x\u00e9\ud83d\ude00\n"], "c": {"z": -1.5e3}}"#)
    #expect(value.objectValue?.keys == ["b", "a", "c"])
    #expect(value["a"] == [true, nil, "xé😀\n"])
    #expect(value["c"]?["z"] == -1500)
  }

  @Test("Writing and reading again gives the same value")
  func roundTrip() throws {
    let value: TemplateValue = ["Resources": ["A": ["Type": "AWS::SNS::Topic", "Properties": ["N": 0.25]]], "L": []]
    #expect(try TemplateValue(parsingJSON: value.jsonString(indent: 1)) == value)
  }

  @Test(
    "Malformed JSON is reported with the byte offset of the problem",
    arguments: [
      ("", "Invalid JSON at byte 0: unexpected end of input"),
      ("{\"a\" 1}", "Invalid JSON at byte 5: expected ':'"),
      ("[1, 2", "Invalid JSON at byte 5: unterminated array"),
      ("{\"a\": 1,}", "Invalid JSON at byte 8: expected a member name"),
      ("\"abc", "Invalid JSON at byte 4: unterminated string"),
      ("tru", "Invalid JSON at byte 3: expected 'true'"),
      ("{} x", "Invalid JSON at byte 3: unexpected trailing characters"),
      ("\"\\q\"", "Invalid JSON at byte 3: invalid escape"),
    ]
  )
  func malformed(text: String, message: String) {
    let error = #expect(throws: JSONParsingError.self) { try TemplateValue(parsingJSON: text) }
    #expect(error?.description == message)
  }
}
