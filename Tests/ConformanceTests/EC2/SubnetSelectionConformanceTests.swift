import ElastiCacheCDK
import Testing

@Suite("EC2 conformance: subnet selection")
struct SubnetSelectionConformanceTests {
  @Test("Selections of an imported and an owned VPC feed raw resources as in the AWS CDK")
  func importedVPCSelection() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ImportedVpc")
    let vpc = EC2.VPC.fromVPCAttributes(
      stack, "Vpc", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a", "us-east-1b"],
      vpcCidrBlock: "10.0.0.0/16",
      privateSubnetIds: [
        "subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2", "subnet-0ccccccccccccccc1", "subnet-0ccccccccccccccc2",
      ],
      privateSubnetNames: ["App", "Data"], privateSubnetRouteTableIds: ["rtb-01", "rtb-02", "rtb-03", "rtb-04"],
      publicSubnetIds: ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"],
      isolatedSubnetIds: ["subnet-0ddddddddddddddd1", "subnet-0ddddddddddddddd2"])
    try subnetGroup(stack, "DefaultSelection", "private with egress by default", vpc.selectSubnets())
    try subnetGroup(
      stack, "DataGroup", "by group name", vpc.selectSubnets(EC2.SubnetSelection(subnetGroupName: "Data")))
    try subnetGroup(
      stack, "IsolatedType", "by type", vpc.selectSubnets(EC2.SubnetSelection(subnetType: .privateIsolated)))
    try subnetGroup(
      stack, "SecondZone", "by availability zone",
      vpc.selectSubnets(EC2.SubnetSelection(subnetType: .public, availabilityZones: ["us-east-1b"])))
    try subnetGroup(stack, "OnePerZone", "one per AZ", vpc.selectSubnets(EC2.SubnetSelection(onePerAZ: true)))
    let explicit = [
      EC2.Subnet.fromSubnetAttributes(
        stack, "Explicit1", subnetID: "subnet-0eeeeeeeeeeeeeee1", availabilityZone: "us-east-1a"),
      EC2.Subnet.fromSubnetAttributes(
        stack, "Explicit2", subnetID: "subnet-0eeeeeeeeeeeeeee2", availabilityZone: "us-east-1b",
        routeTableID: "rtb-05"),
    ]
    try subnetGroup(
      stack, "ExplicitSubnets", "explicit subnets", vpc.selectSubnets(EC2.SubnetSelection(subnets: explicit)))
    _ = CfnOutput(stack, "VpcCidr", value: vpc.vpcCidrBlock)
    _ = CfnOutput(
      stack, "ById", value: EC2.Subnet.fromSubnetID(stack, "SubnetById", "subnet-0fffffffffffffff1").subnetID)
    let dataZones = try vpc.selectSubnets(EC2.SubnetSelection(subnetGroupName: "Data")).availabilityZones
    _ = CfnOutput(stack, "DataZones", value: Fn.join(",", StringListValue(dataZones)))
    _ = CfnOutput(stack, "AppRouteTable", value: try #require(vpc.privateSubnets[1].routeTableID))

    let owned = EC2.VPC(
      stack, "Owned", natGateways: 0,
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Public", subnetType: .public, cidrMask: 24),
        EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated, cidrMask: 24),
      ])
    try subnetGroup(stack, "OwnedDefault", "isolated when there are no private subnets", owned.selectSubnets())
    _ = CfnOutput(
      stack, "OwnedZones", value: Fn.join(",", StringListValue(try owned.selectSubnets().availabilityZones)))
    _ = CfnOutput(stack, "OwnedCidr", value: owned.vpcCidrBlock)
    _ = CfnOutput(stack, "OwnedRouteTable", value: try #require(owned.isolatedSubnets[0].routeTableID))
    _ = CfnOutput(stack, "OwnedSubnetCidr", value: owned.publicSubnets[1].ipv4CidrBlock)
    try Goldens.expectMatch(app, "EC2/imported-vpc-selection")
  }

  private func subnetGroup(_ stack: Stack, _ id: String, _ description: String, _ selection: EC2.SelectedSubnets) throws
  {
    _ = CfnResource(
      stack, id, type: "AWS::ElastiCache::SubnetGroup",
      properties: [
        "Description": .string(StringValue(description)), "SubnetIds": .array(selection.subnetIDs.map(CfnValue.string)),
      ])
  }
}
