import CloudFormationModel
import Constructs
import Testing

@Suite("Token resolution")
struct TokenResolutionTests {
  private let stack: Stack
  private let parameter: CfnParameter
  private let topic: CfnResource

  init() {
    stack = Stack(App(outdir: "unused"), "S")
    parameter = CfnParameter(stack, "P")
    topic = CfnResource(stack, "R", type: "AWS::SNS::Topic")
  }

  // Each expectation was generated once with the AWS CDK 2.275: stack.resolve(<the same value>).
  @Test("Strings with tokens render as the AWS CDK renders them")
  func strings() {
    let p = parameter.valueAsString
    let expectations: [(StringValue, TemplateValue)] = [
      ("\(Aws.region)\(Aws.accountID)", ["Fn::Join": ["", [["Ref": "AWS::Region"], ["Ref": "AWS::AccountId"]]]]),
      ("\(Aws.region)", ["Ref": "AWS::Region"]),
      ("a-\(Aws.region)-b", ["Fn::Join": ["", ["a-", ["Ref": "AWS::Region"], "-b"]]]),
      ("port \(NumberValue(6379))", "port 6379"),
      (Fn.join("-", [Fn.join("-", ["a", p]), "b", "c"]), ["Fn::Join": ["-", ["a", ["Ref": "P"], "b-c"]]]),
      (
        Fn.join("-", [Fn.join("+", ["a", p]), "b"]),
        ["Fn::Join": ["-", [["Fn::Join": ["+", ["a", ["Ref": "P"]]]], "b"]]]
      ),
      (Fn.join("/", ["x", "y"]), "x/y"),
      (Fn.join("/", [p]), ["Ref": "P"]),
      (Fn.join(",", ["pre-\(p)", "z"]), ["Fn::Join": [",", [["Fn::Join": ["", ["pre-", ["Ref": "P"]]]], "z"]]]),
      ("\(Fn.join("", ["a", p]))-tail", ["Fn::Join": ["", ["a", ["Ref": "P"], "-tail"]]]),
      (
        "arn=\(topic.getAtt("TopicArn"));name=\(topic.getAtt("TopicName"))",
        [
          "Fn::Join": [
            "", ["arn=", ["Fn::GetAtt": ["R", "TopicArn"]], ";name=", ["Fn::GetAtt": ["R", "TopicName"]]],
          ]
        ]
      ),
      (Fn.select(0, ["a", "b"]), "a"),
      (Fn.join("-", ["\(Lazy.number { 5 })", "x"]), "5-x"),
    ]
    for (value, expected) in expectations {
      #expect(stack.resolve(value) == expected, "\(value)")
    }
  }

  @Test("Lists render as the AWS CDK renders them")
  func lists() {
    #expect(stack.resolve(Fn.split(",", parameter.valueAsString)) == ["Fn::Split": [",", ["Ref": "P"]]])
    #expect(stack.resolve(Fn.getAZs()) == ["Fn::GetAZs": ""])
    #expect(stack.resolve(Fn.split(",", "a,b,,c")) == ["a", "b", "", "c"])
    #expect(stack.resolve(Fn.split("", "abc")) == ["a", "b", "c"])
  }

  @Test("Numbers that are literals render as numbers, counted lists as their length")
  func numbers() {
    #expect(stack.resolve(NumberValue(2.5)) == 2.5)
    #expect(stack.resolve(Fn.length(["a", "b"])) == 2)
    #expect(stack.resolve(parameter.valueAsNumber) == ["Ref": "P"])
  }

  @Test("A lazy value is computed once, at resolution; an uncached one every time")
  func lazyValues() {
    var calls = 0
    let cached = Lazy.string {
      calls += 1
      return "call \(calls)"
    }
    #expect(stack.resolve(cached) == "call 1")
    #expect(stack.resolve(cached) == "call 1")
    let uncached = Lazy.uncachedString {
      calls += 1
      return "call \(calls)"
    }
    #expect(stack.resolve(uncached) == "call 2")
    #expect(stack.resolve(uncached) == "call 3")
  }

  @Test("Lazy values that produce nothing, or an empty list when told to omit it, remove their property")
  func omittedLazyValues() {
    let value: CfnValue = [
      "Kept": "x",
      "Nothing": Lazy.any { nil },
      "EmptyList": CfnValue(Lazy.list(omitEmpty: true) { [] }),
      "EmptyArray": Lazy.any(omitEmptyArray: true) { [] },
      "KeptEmptyList": CfnValue(Lazy.list { [] }),
    ]
    #expect(stack.resolve(value) == ["Kept": "x", "KeptEmptyList": []])
  }

  @Test("Condition helpers nest more than ten conditions in groups of ten")
  func groupedConditions() {
    let conditions = (0..<11).map { Fn.conditionEquals(CfnValue(parameter.valueAsString), .number(Double($0))) }
    let grouped = Fn.conditionOr(
      conditions[0], conditions[1], conditions[2], conditions[3], conditions[4], conditions[5], conditions[6],
      conditions[7], conditions[8], conditions[9], conditions[10])
    let rendered = stack.resolve(grouped.value)
    #expect(rendered?["Fn::Or"]?.arrayValue?.count == 2)
    #expect(rendered?["Fn::Or"]?[0]?["Fn::Or"]?.arrayValue?.count == 10)
    #expect(rendered?["Fn::Or"]?[1] == ["Fn::Equals": [["Ref": "P"], 10]])
    #expect(Fn.conditionAnd(conditions[0]) == conditions[0])
  }

  @Test("A token turned into a plain String is an error that says how to keep it a StringValue")
  func stringifiedToken() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let plain: String = "\(Aws.region)".description
    _ = CfnResource(stack, "Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": .string(StringValue(plain))])
    #expect(
      synthesisErrors(app) == [
        error(
          "Stack/Topic", "StringifiedToken",
          "The text '${Token[AWS::Region]}' holds a token that was converted to a plain String. Keep deploy-time "
            + "values as StringValue: interpolate them into a StringValue (not a String) or pass them directly.")
      ])
  }
}
