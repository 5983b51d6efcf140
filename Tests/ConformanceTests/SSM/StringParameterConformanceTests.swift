import ElastiCacheCDK
import Testing

@Suite("SSM conformance: string parameters")
struct StringParameterConformanceTests {
  @Test("A parameter read by a function in another stack, and parameter values resolved at deployment")
  func crossStack() throws {
    let app = App(outdir: "unused")
    let platform = Stack(app, "Platform")
    let cache = CfnResource(
      platform, "Cache", type: "AWS::ElastiCache::ServerlessCache",
      properties: ["Engine": "valkey", "ServerlessCacheName": "shared-cache"])
    let endpoint = SSM.StringParameter(
      platform, "EndpointParameter",
      stringValue: cache.getAtt("Endpoint.Address"),
      parameterName: "/platform/cache/endpoint",
      description: "Where services reach the shared cache",
      tier: .advanced)

    let service = Stack(app, "Service")
    let function = Lambda.Function(
      service, "Handler", runtime: .python3_13, handler: "index.handler",
      code: .fromInline("def handler(event, context):\n    return None\n"),
      environment: [
        "ENDPOINT_PARAMETER": endpoint.parameterName,
        "CACHE_MODE": SSM.StringParameter.valueForStringParameter(service, "/platform/cache/mode"),
        "CACHE_MODE_AGAIN": SSM.StringParameter.valueForStringParameter(service, "/platform/cache/mode"),
        "PINNED": SSM.StringParameter.valueForStringParameter(service, "/platform/cache/pinned", version: 3),
      ])
    endpoint.grantRead(function)
    _ = CfnOutput(service, "EndpointParameterArn", value: endpoint.parameterArn)
    try Goldens.expectMatch(app, "SSM/parameter-cross-stack")
  }

  @Test("Generated, simple and path names, imports and grants give the AWS CDK's names and ARNs")
  func names() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ParameterNames")
    let role = IAM.Role(stack, "Reader", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let generated = SSM.StringParameter(stack, "Generated", stringValue: "valkey")
    let simple = SSM.StringParameter(
      stack, "Simple", stringValue: "valkey", parameterName: "cache-engine", tier: .standard,
      allowedPattern: "^[a-z]+$", simpleName: true)
    let image = SSM.StringParameter(
      stack, "Image", stringValue: "ami-0123456789abcdef0", parameterName: "/platform/images/runner",
      dataType: .awsEC2Image)
    let imported = SSM.StringParameter.fromStringParameterName(stack, "Imported", "/platform/cache/mode")
    let importedSimple = SSM.StringParameter.fromStringParameterName(stack, "ImportedSimple", "cache-mode")
    let parameters: [any SSM.StringParameterProtocol] = [generated, simple, image, imported, importedSimple]
    for parameter in parameters { parameter.grantRead(role) }
    generated.grantWrite(role)
    _ = CfnResource(
      stack, "Consumer", type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String", "Value": .string(imported.stringValue), "Description": .string(generated.stringValue),
      ])
    _ = CfnOutput(stack, "GeneratedName", value: generated.parameterName)
    _ = CfnOutput(stack, "GeneratedArn", value: generated.parameterArn)
    _ = CfnOutput(stack, "SimpleArn", value: simple.parameterArn)
    _ = CfnOutput(stack, "ImageArn", value: image.parameterArn)
    _ = CfnOutput(stack, "ImportedArn", value: importedSimple.parameterArn)
    try Goldens.expectMatch(app, "SSM/parameter-names")
  }
}
