import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// Subnet groups: the subnets they select, their names and checks.
@Suite("Subnet group")
struct SubnetGroupTests {
  @Test("API.md's subnet group: the selected subnets, a description and a name")
  func apiExample() throws {
    let fixture = StackWithVPC()
    let subnets = SubnetGroup(
      fixture.stack, "Subnets", vpc: fixture.vpc, vpcSubnets: EC2.SubnetSelection(subnetType: .public),
      description: "Public subnets", subnetGroupName: "public-cache-subnets")
    #expect(subnets.subnets?.count == 2)
    #expect(fixture.stack.resolve(subnets.subnetGroupName) == ["Ref": "Subnets73841C2A"])
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::SubnetGroup",
      Match.exact([
        "CacheSubnetGroupName": "public-cache-subnets",
        "Description": "Public subnets",
        "SubnetIds": [["Ref": "VPCPublicSubnet1SubnetB4246D30"], ["Ref": "VPCPublicSubnet2Subnet74179F39"]],
      ]))
  }

  @Test("Without a selection: the private subnets with egress, else the isolated ones")
  func defaultSelection() throws {
    let fixture = StackWithVPC()
    let isolated = EC2.VPC(
      fixture.stack, "Isolated",
      subnetConfiguration: [EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated)])
    let privateSubnets = SubnetGroup(fixture.stack, "Private", vpc: fixture.vpc)
    let isolatedSubnets = SubnetGroup(fixture.stack, "IsolatedSubnets", vpc: isolated)
    #expect(privateSubnets.subnets?.map(\.node.id) == ["PrivateSubnet1", "PrivateSubnet2"])
    #expect(isolatedSubnets.subnets?.map(\.node.id) == ["CacheSubnet1", "CacheSubnet2"])
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::SubnetGroup", ["Description": "Subnet group for Private."])
  }

  static let cases: [ExpectedProblem] = [
    ExpectedProblem(
      .invalidSubnetGroupName, at: "Default/Subnets",
      "The subnet group name 'cache subnets' is not 1 to 255 letters, digits and hyphens."
    ) { _ = SubnetGroup($0.stack, "Subnets", vpc: $0.vpc, subnetGroupName: "cache subnets") },
    ExpectedProblem(.invalidDescription, at: "Default/Subnets", "The subnet group's description is empty.") {
      _ = SubnetGroup($0.stack, "Subnets", vpc: $0.vpc, description: "")
    },
    ExpectedProblem(.emptySubnetGroup, at: "Default/Subnets", "The subnet group has no subnets.") {
      _ = SubnetGroup($0.stack, "Subnets", vpc: $0.vpc, vpcSubnets: EC2.SubnetSelection(subnets: []))
    },
  ]

  @Test("Each check reports its code, path, message and fix", arguments: cases)
  func check(_ expected: ExpectedProblem) throws {
    try expected.check()
  }
}
