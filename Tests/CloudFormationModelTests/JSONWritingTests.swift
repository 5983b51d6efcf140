import CloudFormationModel
import Testing

@Suite("Writing JSON as JavaScript's JSON.stringify does")
struct JSONWritingTests {
  /// Tricky strings, numbers and empty containers.
  private static let sample: TemplateValue = [
    "s": [
      "quote\" backslash\\ slash/ tab\t nl\n cr\r bs\u{08} ff\u{0C}",
      "\u{00}\u{01}\u{1F}\u{7F}",
      "unicode é 😀 \u{2028}\u{2029}",
      "<script>&amp;",
    ],
    "n": [
      0, -0.0, 1, -1, 1.5, 0.1, .number(0.1 + 0.2), 1e21, 1e-7, 1.234_567_890_123_456_8e20, 1.797_693_134_862_315_7e308,
      .number(.leastNonzeroMagnitude), 100, 1e20, 2.5e-5, 123e-20, -1.5e300, 4_294_967_296, 9_007_199_254_740_993,
    ],
    "e": [:],
    "a": [],
    "nested": ["k": [["x": nil, "y": true, "z": false]]],
  ]

  @Test("Templates are written byte for byte as JSON.stringify(value, undefined, 1) writes them")
  func indentedLikeJavaScript() {
    // Generated once with Node.js 20: console.log(JSON.stringify(<the same value>, undefined, 1)).
    let expected = #"""
      {
       "s": [
        "quote\" backslash\\ slash/ tab\t nl\n cr\r bs\b ff\f",
        "\u0000\u0001\u001f\#u{7F}",
        "unicode é 😀 \#u{2028}\#u{2029}",
        "<script>&amp;"
       ],
       "n": [
        0,
        0,
        1,
        -1,
        1.5,
        0.1,
        0.30000000000000004,
        1e+21,
        1e-7,
        123456789012345680000,
        1.7976931348623157e+308,
        5e-324,
        100,
        100000000000000000000,
        0.000025,
        1.23e-18,
        -1.5e+300,
        4294967296,
        9007199254740992
       ],
       "e": {},
       "a": [],
       "nested": {
        "k": [
         {
          "x": null,
          "y": true,
          "z": false
         }
        ]
       }
      }
      """#
    #expect(Self.sample.jsonString(indent: 1) == expected)
  }

  @Test("Compact JSON has no spaces, and keys that are array indices come first as in JavaScript objects")
  func compactWithIndexKeysFirst() {
    // Generated once with Node.js 20: JSON.stringify({"Zeta":1,"10":2,"alpha":3,"9":4,"01":5})
    let value: TemplateValue = ["Zeta": 1, "10": 2, "alpha": 3, "9": 4, "01": 5]
    #expect(value.jsonString(indent: 0) == #"{"9":4,"10":2,"Zeta":1,"alpha":3,"01":5}"#)
  }

  @Test("Manifests use two spaces per level")
  func twoSpaceIndent() {
    let value: TemplateValue = ["version": "55.0.0", "artifacts": ["a": [1]]]
    #expect(
      value.jsonString(indent: 2)
        == "{\n  \"version\": \"55.0.0\",\n  \"artifacts\": {\n    \"a\": [\n      1\n    ]\n  }\n}")
  }

  @Test("Infinite and NaN numbers are written as null, as JavaScript writes them")
  func nonFiniteNumbers() {
    let value: TemplateValue = [.number(.infinity), .number(-.infinity), .number(.nan)]
    #expect(value.jsonString(indent: 0) == "[null,null,null]")
  }
}
