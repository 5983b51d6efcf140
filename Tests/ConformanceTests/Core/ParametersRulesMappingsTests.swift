import ElastiCacheCDK
import Testing

@Suite("Core conformance: parameters, rules and mappings")
struct ParametersRulesMappingsTests {
  @Test("Parameters of every kind, rules with assertions and mappings render as the AWS CDK renders them")
  func parametersRulesMappings() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Parameters")
    let environment = CfnParameter(
      stack, "Environment", type: "String", default: "dev", allowedValues: ["dev", "prod"],
      constraintDescription: "dev or prod", description: "Where the stack runs")
    let size = CfnParameter(stack, "CacheSize", type: "Number", default: 2, maxValue: 10.5, minValue: 1)
    let name = CfnParameter(stack, "Name", allowedPattern: "[a-z][a-z0-9-]*", maxLength: 20, minLength: 3)
    let secret = CfnParameter(stack, "Secret", description: "Not shown", noEcho: true)
    let subnets = CfnParameter(stack, "Subnets", type: "List<AWS::EC2::Subnet::Id>")
    let zones = CfnParameter(stack, "Zones", type: "CommaDelimitedList", default: "a,b")
    let image = CfnParameter(
      stack, "Image", type: "AWS::SSM::Parameter::Value<String>",
      default: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")

    _ = CfnRule(
      stack,
      "ProdNeedsBigCache",
      ruleCondition: Fn.conditionEquals(CfnValue(environment.valueAsString), "prod"),
      assertions: [
        CfnRule.Assertion(
          assert: Fn.conditionNot(Fn.conditionEquals(CfnValue(size.valueAsString), "1")),
          assertDescription: "Production needs more than one node")
      ]
    )
    let rule = CfnRule(stack, "KnownZones")
    rule.addAssertion(
      Fn.conditionContains(["a", "b", "c"], Fn.select(0, zones.valueAsList)),
      description: "The first zone must be a, b or c")
    rule.addAssertion(Fn.conditionEachMemberIn(zones.valueAsList, ["a", "b", "c"]), description: "Zones are a, b or c")

    let sizes = CfnMapping(
      stack,
      "NodeTypes",
      mapping: [
        "dev": ["small": "cache.t3.micro", "large": "cache.t3.medium"],
        "prod": ["small": "cache.r6g.large", "large": "cache.r6g.xlarge"],
      ]
    )
    _ = CfnResource(
      stack,
      "Cache",
      type: "AWS::ElastiCache::CacheCluster",
      properties: [
        "CacheNodeType": CfnValue(sizes.findInMap(environment.valueAsString, "large")),
        "Engine": "redis",
        "NumCacheNodes": CfnValue(size.valueAsNumber),
        "ClusterName": CfnValue(name.valueAsString),
        "CacheSubnetGroupName": CfnValue(Fn.select(0, subnets.valueAsList)),
        "PreferredAvailabilityZones": CfnValue(zones.valueAsList),
        "Tags": [
          ["Key": "image", "Value": CfnValue(image.valueAsString)],
          ["Key": "secret", "Value": CfnValue(secret.valueAsString)],
        ],
      ]
    )
    _ = CfnOutput(stack, "SmallType", value: sizes.findInMap("dev", "small"))
    _ = CfnOutput(stack, "Zone", value: Fn.findInMap("NodeTypes", environment.valueAsString, "small"))

    try Goldens.expectMatch(app, "Core/parameters-rules-mappings")
  }
}
