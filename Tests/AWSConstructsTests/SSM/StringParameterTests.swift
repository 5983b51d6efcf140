import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("SSM string parameters")
struct StringParameterTests {
  @Test("Names that cannot be ARNs or parameters are errors with the AWS CDK's messages")
  func invalidNames() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = SSM.StringParameter(stack, "Relative", stringValue: "v", parameterName: "platform/cache")
    _ = SSM.StringParameter(stack, "Spaces", stringValue: "v", parameterName: "/platform/my cache")
    _ = SSM.StringParameter(stack, "NotSimple", stringValue: "v", parameterName: "/platform/cache", simpleName: true)
    _ = SSM.StringParameter(stack, "Generated", stringValue: "v", simpleName: false)
    _ = SSM.StringParameter.fromStringParameterName(stack, "Token", CfnParameter(stack, "Name").valueAsString)
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Parameter names must be fully qualified (if they include \"/\" they must also begin with a \"/\"): "
          + "platform/cache",
        path: "Stack/Relative"))
    #expect(
      error.contains(
        message: "name must only contain letters, numbers, and the following 4 symbols .-_/; got /platform/my cache",
        path: "Stack/Spaces"))
    #expect(
      error.contains(
        message: "Parameter name \"/platform/cache\" is not a simple name, but \"simpleName\" was explicitly set to "
          + "true. Either omit it or set it to false",
        path: "Stack/NotSimple"))
    #expect(
      error.contains(
        message: "If \"parameterName\" is not explicitly defined, \"simpleName\" must be \"true\" or undefined since "
          + "auto-generated parameter names always have simple names",
        path: "Stack/Generated"))
    #expect(
      error.contains(
        message: "Unable to determine ARN separator for SSM parameter since the parameter name is an unresolved token. "
          + "Use \"fromAttributes\" and specify \"simpleName\" explicitly",
        path: "Stack/Token"))
  }

  @Test("A value that does not match the allowed pattern, and a long description, are errors")
  func valueAndDescription() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = SSM.StringParameter(
      stack, "Parameter", stringValue: "Valkey7", description: StringValue(String(repeating: "d", count: 1025)),
      allowedPattern: "^[a-z]+$")
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "The supplied value (Valkey7) does not match the specified allowedPattern (^[a-z]+$)",
        path: "Stack/Parameter"))
    #expect(error.contains(message: "Description cannot be longer than 1024 characters.", path: "Stack/Parameter"))
  }

  @Test(
    "A value read at deployment is imported once per stack and name (whatever the version, as in the AWS CDK); a version reads a dynamic reference"
  )
  func valuesAtDeployment() throws {
    let stack = Stack(App(), "Stack")
    let first = SSM.StringParameter.valueForStringParameter(stack, "/platform/cache/mode")
    let second = SSM.StringParameter.valueForStringParameter(stack, "/platform/cache/mode")
    let pinned = SSM.StringParameter.valueForStringParameter(stack, "/platform/cache/pinned", version: 2)
    #expect(stack.resolve(first) == stack.resolve(second))
    #expect(
      stack.resolve(first) == ["Ref": "SsmParameterValueplatformcachemodeC96584B6F00A464EAD1953AFF4B05118Parameter"])
    #expect(pinned == "{{resolve:ssm:/platform/cache/pinned:2}}")
    let forced = SSM.StringParameter.fromStringParameterAttributes(
      stack, "Forced", parameterName: "/platform/cache/mode", forceDynamicReference: true)
    #expect(forced.stringValue == "{{resolve:ssm:/platform/cache/mode}}")
    _ = CfnResource(
      stack, "Consumer", type: "AWS::SSM::Parameter",
      properties: ["Type": "String", "Value": .string(first), "Description": .string(pinned)])
    try Template(stack).hasParameter(
      "SsmParameterValueplatformcachemodeC96584B6F00A464EAD1953AFF4B05118Parameter",
      ["Type": "AWS::SSM::Parameter::Value<String>", "Default": "/platform/cache/mode"])
  }

  @Test("A parameter renders as a String parameter with its options, and names a simple or path ARN")
  func rendering() throws {
    let stack = Stack(App(), "Stack", env: Environment(account: "123456789012", region: "eu-west-1"))
    let path = SSM.StringParameter(
      stack, "Path", stringValue: "v", parameterName: "/a/b", description: "d", tier: .intelligentTiering)
    let simple = SSM.StringParameter.fromStringParameterName(stack, "Simple", "flag")
    #expect(
      stack.resolve(path.parameterArn)
        == [
          "Fn::Join": [
            "", ["arn:", ["Ref": "AWS::Partition"], ":ssm:eu-west-1:123456789012:parameter", ["Ref": "Path41523B94"]],
          ]
        ])
    #expect(
      stack.resolve(simple.parameterArn)
        == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":ssm:eu-west-1:123456789012:parameter/flag"]]])
    try Template(stack).hasResourceProperties(
      "AWS::SSM::Parameter",
      ["Type": "String", "Name": "/a/b", "Value": "v", "Description": "d", "Tier": "Intelligent-Tiering"])
  }
}
