import ElastiCacheCDK
import Testing

@Suite("Core conformance: several cross-stack references")
struct CrossStackReferencesTests {
  @Test("References into two producer stacks, inside Fn::Join and to stack ids become one export each")
  func severalReferences() throws {
    let app = App(outdir: "unused")
    let network = Stack(app, "Network")
    let vpc = CfnResource(network, "Vpc", type: "AWS::EC2::VPC", properties: ["CidrBlock": "10.0.0.0/16"])
    let subnets = Construct(network, "Subnets")
    let subnetA = CfnResource(
      subnets, "A", type: "AWS::EC2::Subnet", properties: ["VpcId": CfnValue(vpc.ref), "CidrBlock": "10.0.0.0/24"])
    let subnetB = CfnResource(
      subnets, "B", type: "AWS::EC2::Subnet", properties: ["VpcId": CfnValue(vpc.ref), "CidrBlock": "10.0.1.0/24"])

    let data = Stack(app, "Data")
    let cache = CfnResource(
      Construct(data, "Cache"),
      "Resource",
      type: "AWS::ElastiCache::CacheCluster",
      properties: [
        "CacheNodeType": "cache.t3.micro", "Engine": "redis", "NumCacheNodes": 1,
        "CacheSubnetGroupName": "cache-subnets",
      ]
    )

    let service = Stack(app, "Service")
    _ = CfnResource(
      service,
      "Settings",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Name": "/service/settings",
        "Value": CfnValue(Fn.join(",", [subnetA.ref, subnetB.ref, "extra"])),
        "Description":
          "vpc \(vpc.ref) in \(vpc.getAtt("CidrBlock")) and cache \(cache.getAtt("RedisEndpoint.Address"))",
      ]
    )
    _ = CfnResource(
      service,
      "Port",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Value": CfnValue(cache.getAtt("RedisEndpoint.Port")),
        "Description": "\(vpc.ref):\(cache.getAtt("RedisEndpoint.Address"))",
      ]
    )
    _ = CfnOutput(service, "NetworkStack", value: network.stackID)
    _ = CfnOutput(
      service, "DataStack", value: Fn.join("/", [data.stackID, StringValue(data.stackName), service.stackID]))
    _ = CfnOutput(service, "Subnets", value: Fn.join(",", [subnetA.ref, subnetB.ref]))
    _ = CfnOutput(data, "NetworkVpc", value: vpc.ref)

    try Goldens.expectMatch(app, "Core/cross-stack-references")
  }
}
