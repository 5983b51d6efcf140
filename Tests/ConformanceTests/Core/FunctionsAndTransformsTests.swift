import ElastiCacheCDK
import Testing

@Suite("Core conformance: functions evaluated at synthesis and transforms")
struct FunctionsAndTransformsTests {
  @Test("Functions the AWS CDK evaluates, nests or rewrites render the same, with the transform they need")
  func functionsAndTransforms() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Functions")
    let zones = CfnParameter(stack, "Zones", type: "CommaDelimitedList", default: "a,b")
    let name = CfnParameter(stack, "Name", default: "cache")
    let conditions = (0..<12).map { Fn.conditionEquals(CfnValue(name.valueAsString), "name-\($0)") }
    let many = CfnCondition(
      stack, "AnyKnownName",
      expression: Fn.conditionOr(
        conditions[0], conditions[1], conditions[2], conditions[3], conditions[4], conditions[5], conditions[6],
        conditions[7], conditions[8], conditions[9], conditions[10], conditions[11]))
    let joined = CfnResource(
      stack,
      "Joined",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Value": CfnValue(Fn.join("-", ["a", "\(Lazy.number { 7 })", "b", name.valueAsString])),
        "Description": CfnValue(
          Fn.toJSONString(["a": CfnValue(name.valueAsString), "b": [1, 2.5, true, nil], "c": "x\"y"])),
        "Name": CfnValue(Fn.toJSONString(["plain": 1, "nested": ["list": ["x"]]])),
        "AllowedPattern": CfnValue(Fn.select(1, Fn.split("", "abc"))),
      ]
    )
    joined.condition = many
    _ = CfnResource(
      stack,
      "Counted",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Value": CfnValue(Fn.toJSONString(Lazy.any { ["key": CfnValue(name.valueAsString)] })),
        "Description": CfnValue(Fn.length(zones.valueAsList).asString),
      ]
    )
    _ = CfnOutput(stack, "LiteralLength", value: Fn.length(["a", "b", "c"]).asString)

    let tokenBucket = try stack.splitArn("arn:aws:s3:::\(name.valueAsString)/key/more", format: .slashResourceName)
    let tokenGroup = try stack.splitArn(
      "arn:\(Aws.partition):logs:us-east-1:123456789012:log-group:\(name.valueAsString):x", format: .colonResourceName)
    let emptyName = try stack.splitArn("arn:aws:s3:::type/:rest", format: .slashResourceName)
    let noName = try stack.splitArn("arn:aws:s3:::a/b:rest", format: .noResourceName)
    let leadingSlash = try stack.splitArn("arn:aws:apigateway:us-east-1::/restapis", format: .slashResourceName)
    // Python prints a missing resource name as `None`.
    func shown(_ value: StringValue?) -> StringValue { value ?? "None" }
    _ = CfnOutput(stack, "TokenBucket", value: "\(tokenBucket.resource)|\(shown(tokenBucket.resourceName))")
    _ = CfnOutput(
      stack, "TokenGroup",
      value: "\(tokenGroup.resource)|\(shown(tokenGroup.resourceName))|\(shown(tokenGroup.partition))")
    _ = CfnOutput(stack, "EmptyName", value: "\(emptyName.resource)|\(shown(emptyName.resourceName))")
    _ = CfnOutput(stack, "NoName", value: "\(noName.resource)|\(shown(noName.resourceName))")
    _ = CfnOutput(stack, "LeadingSlash", value: "\(leadingSlash.resource)|\(shown(leadingSlash.resourceName))")

    try Goldens.expectMatch(app, "Core/functions-and-transforms")
  }
}
