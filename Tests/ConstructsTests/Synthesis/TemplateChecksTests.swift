import CloudFormationModel
import Constructs
import Foundation
import Testing

/// CloudFormation's limits on a template, valid logical ids and dynamic references, checked at synthesis.
@Suite("Template checks")
struct TemplateChecksTests {
  private func problem(_ path: String, _ code: ProblemCode, _ message: String, fix: String) -> Diagnostic {
    Diagnostic(Problem(code, message, fix: fix), path: path)
  }

  @Test("At most 500 resources per template")
  func resourceLimit() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    for index in 0..<CloudFormationLimits.resourcesPerTemplate {
      _ = CfnResource(stack, "Topic\(index)", type: "AWS::SNS::Topic")
    }
    #expect(synthesisErrors(app).isEmpty)
    _ = CfnResource(stack, "OneTooMany", type: "AWS::SNS::Topic")
    #expect(
      synthesisErrors(app) == [
        problem(
          "Stack", .tooManyResources,
          "The template of stack 'Stack' has 501 resources; CloudFormation allows at most 500.",
          fix: "Move some of them into another stack.")
      ])
  }

  @Test("At most 200 outputs, 200 parameters (the bootstrap version included) and 200 mappings")
  func sectionLimits() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    for index in 0...CloudFormationLimits.outputsPerTemplate {
      _ = CfnOutput(stack, "Output\(index)", value: "\(index)")
      _ = CfnParameter(stack, "Parameter\(index)")
      _ = CfnMapping(stack, "Mapping\(index)", mapping: ["Key": ["Name": .string("\(index)")]])
    }
    #expect(
      synthesisErrors(app).map(\.message) == [
        "The template of stack 'Stack' has 201 outputs; CloudFormation allows at most 200.",
        "The template of stack 'Stack' has 202 parameters; CloudFormation allows at most 200.",
        "The template of stack 'Stack' has 201 mappings; CloudFormation allows at most 200.",
      ])
    #expect(synthesisErrors(app).map(\.code) == ["TooManyOutputs", "TooManyParameters", "TooManyMappings"])
    #expect(synthesisErrors(app).allSatisfy { $0.path == "Stack" && $0.fix == "Move some of them into another stack." })
  }

  @Test("At most 1 MB of template body")
  func sizeLimit() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let text = String(repeating: "x", count: 600_000)
    _ = CfnResource(stack, "A", type: "AWS::SNS::Topic", properties: ["DisplayName": .string(StringValue(text))])
    #expect(synthesisErrors(app).isEmpty)
    _ = CfnResource(stack, "B", type: "AWS::SNS::Topic", properties: ["DisplayName": .string(StringValue(text))])
    let errors = synthesisErrors(app)
    #expect(errors.map(\.code) == ["TemplateTooLarge"])
    #expect(errors.map(\.path) == ["Stack"])
    #expect(
      try #require(errors.first).message.hasPrefix("The template of stack 'Stack' has 1200")
        && errors[0].message.hasSuffix("bytes; CloudFormation accepts at most 1000000 bytes."))
  }

  @Test("An id without ASCII letters or digits gives an empty logical id, which is an error")
  func emptyLogicalID() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = CfnResource(stack, "🚀", type: "AWS::SNS::Topic")
    CfnResource(stack, "Fine", type: "AWS::SNS::Topic").overrideLogicalID("not-alphanumeric")
    #expect(
      synthesisErrors(app) == [
        problem(
          "Stack/🚀", .invalidLogicalID,
          "The logical id of Stack/🚀 is empty: logical ids are made of the ASCII letters and digits of construct ids, "
            + "and '🚀' has none.",
          fix: "Give the construct an id with ASCII letters or digits, or set a logical id with overrideLogicalID(_:)."),
        problem(
          "Stack/Fine", .invalidLogicalID,
          "The logical id 'not-alphanumeric' of Stack/Fine has characters other than ASCII letters and digits, which "
            + "CloudFormation does not allow.",
          fix: "Pass overrideLogicalID(_:) an id of ASCII letters and digits only."),
      ])
    let nested = App(outdir: "unused")
    _ = CfnResource(Construct(Stack(nested, "Stack"), "---"), "Topic", type: "AWS::SNS::Topic")
    #expect(synthesisErrors(nested).isEmpty)
  }

  @Test("A dynamic reference that names no secret or parameter is an error where it is used")
  func dynamicReferences() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = CfnResource(
      stack, "User", type: "AWS::ElastiCache::User",
      properties: [
        "Passwords": [.string(SecretValue.secretsManager("").unsafeUnwrap())],
        "AccessString": .string(SecretValue.ssmSecure("").unsafeUnwrap()),
        "UserName": .string(SecretValue.secretsManager("\(stack.account)-name").unsafeUnwrap()),
        "UserId": .string(SecretValue.secretsManager("orders").unsafeUnwrap()),
      ])
    #expect(
      synthesisErrors(app) == [
        problem(
          "Stack/User", .invalidDynamicReference,
          "The dynamic reference '{{resolve:secretsmanager::SecretString:::}}' names no secret: secretId cannot be empty.",
          fix: "Pass SecretValue.secretsManager the name or ARN of the secret."),
        problem(
          "Stack/User", .invalidDynamicReference,
          "The dynamic reference '{{resolve:ssm-secure:}}' names no parameter: parameterName cannot be empty.",
          fix: "Pass SecretValue.ssmSecure the name of the parameter."),
      ])
  }
}
