import ElastiCacheCDK
import Testing

@Suite("EC2.VPC.fromVPCAttributes and imported subnets")
struct ImportedVPCTests {
  @Test("Subnet ids are grouped per availability zone and named after their groups")
  func groups() throws {
    let stack = Stack(App(), "Stack")
    let vpc = EC2.VPC.fromVPCAttributes(
      stack, "Vpc", vpcId: "vpc-1", availabilityZones: ["a", "b"],
      privateSubnetIds: ["p1", "p2", "p3", "p4"], privateSubnetNames: ["App", "Data"],
      isolatedSubnetIds: ["i1", "i2"])
    #expect(vpc.privateSubnets.map(\.node.id) == ["AppSubnet1", "AppSubnet2", "DataSubnet3", "DataSubnet4"])
    #expect(vpc.privateSubnets.map(\.availabilityZone) == ["a", "b", "a", "b"])
    #expect(vpc.isolatedSubnets.map(\.node.id) == ["IsolatedSubnet1", "IsolatedSubnet2"])
    #expect(vpc.privateSubnets[0].routeTableID == nil)
    #expect(try vpc.selectSubnets(EC2.SubnetSelection(subnetGroupName: "Data")).subnetIDs == ["p3", "p4"])
  }

  @Test("The documented call imports private and public subnets; the default selection is private")
  func documentedCall() throws {
    let stack = Stack(App(), "Stack")
    let vpc = EC2.VPC.fromVPCAttributes(
      stack, "Vpc", vpcId: "vpc-1", availabilityZones: ["a", "b"], privateSubnetIds: ["p1", "p2"],
      publicSubnetIds: ["s1", "s2"])
    #expect(vpc.vpcID == "vpc-1")
    #expect(vpc.publicSubnets.map(\.subnetID) == ["s1", "s2"])
    #expect(try vpc.selectSubnets().subnetIDs == ["p1", "p2"])
  }

  @Test("Imported subnets without a route table id warn, as in the AWS CDK")
  func routeTableWarning() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC.fromVPCAttributes(stack, "Vpc", vpcId: "vpc-1", availabilityZones: ["a"], publicSubnetIds: ["s1"])
    let assembly = try app.synthesize()
    #expect(
      assembly.warnings.contains {
        $0.path == "Stack/Vpc/PublicSubnet1"
          && $0.message
            == "No routeTableId was provided to the subnet 's1'. Attempting to read its .routeTable.routeTableId will return null/undefined. (More info: https://github.com/aws/aws-cdk/pull/3171)"
      })
  }

  @Test("Inconsistent attribute lists are reported with the AWS CDK's messages")
  func inconsistentLists() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC.fromVPCAttributes(
      stack, "Multiple", vpcId: "vpc-1", availabilityZones: ["a", "b"], publicSubnetIds: ["s1", "s2", "s3"])
    _ = EC2.VPC.fromVPCAttributes(
      stack, "RouteTables", vpcId: "vpc-1", availabilityZones: ["a", "b"], publicSubnetIds: ["s1", "s2"],
      publicSubnetRouteTableIds: ["r1"])
    _ = EC2.VPC.fromVPCAttributes(
      stack, "Names", vpcId: "vpc-1", availabilityZones: ["a"], privateSubnetIds: ["s1", "s2"],
      privateSubnetNames: ["One"])
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Number of publicSubnetIds (3) must be a multiple of availability zones (2).", path: "Stack/Multiple"))
    #expect(
      error.contains(
        message: "Number of publicSubnetRouteTableIds (1) must be equal to the amount of publicSubnetIds (2).",
        path: "Stack/RouteTables"))
    #expect(
      error.contains(
        message: "privateSubnetNames must have an entry for every corresponding subnet group, got: [\"One\"]",
        path: "Stack/Names"))
  }

  @Test("Reading what was not supplied records the AWS CDK's error on the imported construct")
  func missingAttributes() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let vpc = EC2.VPC.fromVPCAttributes(stack, "Vpc", vpcId: "vpc-1", availabilityZones: ["a"])
    let subnet = EC2.Subnet.fromSubnetID(stack, "Subnet", "subnet-1")
    #expect(vpc.vpcCidrBlock == "")
    #expect(subnet.availabilityZone == "")
    #expect(subnet.ipv4CidrBlock == "")
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Cannot perform this operation: 'vpcCidrBlock' was not supplied when creating this VPC",
        path: "Stack/Vpc"))
    #expect(
      error.contains(
        message:
          "You cannot reference a Subnet's availability zone if it was not supplied. Add the availabilityZone when importing using Subnet.fromSubnetAttributes()",
        path: "Stack/Subnet"))
    #expect(
      error.contains(
        message:
          "You cannot reference an imported Subnet's IPv4 CIDR if it was not supplied. Add the ipv4CidrBlock when importing using Subnet.fromSubnetAttributes()",
        path: "Stack/Subnet"))
  }
}
