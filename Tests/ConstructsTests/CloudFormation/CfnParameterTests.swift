import CloudFormationModel
import Constructs
import Testing

@Suite("Parameters")
struct CfnParameterTests {
  @Test("Reading a parameter as a type it does not have is an error in the AWS CDK's words, reported once")
  func valueTypes() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let list = CfnParameter(stack, "Subnets", type: "List<AWS::EC2::Subnet::Id>")
    let text = CfnParameter(stack, "Name")
    let number = CfnParameter(stack, "Count", type: "Number")
    _ = list.valueAsString
    _ = list.valueAsString
    _ = text.valueAsList
    _ = text.valueAsNumber
    _ = number.valueAsString
    _ = list.valueAsList
    #expect(
      synthesisErrors(app) == [
        error(
          "Stack/Subnets", "InvalidParameterType",
          "Parameter type (List<AWS::EC2::Subnet::Id>) is not a string or number type"),
        error("Stack/Name", "InvalidParameterType", "Parameter type (String) is not a string list type"),
        error("Stack/Name", "InvalidParameterType", "Parameter type (String) is not a number type"),
      ])
  }

  @Test("A parameter renders every constraint it has, and a reference to it is a Ref")
  func rendering() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let parameter = CfnParameter(
      stack, "Size", type: "Number", default: 2, allowedValues: ["1", "2"], allowedPattern: "[0-9]",
      constraintDescription: "small", description: "How many", maxLength: 1, maxValue: 2, minLength: 1, minValue: 1,
      noEcho: true)
    #expect(stack.resolve(parameter.valueAsNumber) == ["Ref": "Size"])
    let rendered = try app.synthesize().stack("Stack")?.template["Parameters"]?["Size"]
    #expect(
      rendered == [
        "Type": "Number", "Default": 2, "AllowedValues": ["1", "2"], "AllowedPattern": "[0-9]",
        "ConstraintDescription": "small", "Description": "How many", "MaxLength": 1, "MaxValue": 2, "MinLength": 1,
        "MinValue": 1, "NoEcho": true,
      ])
  }
}
