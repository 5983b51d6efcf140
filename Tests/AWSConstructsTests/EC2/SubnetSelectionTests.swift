import ElastiCacheCDK
import Testing

@Suite("EC2 subnet selection")
struct SubnetSelectionTests {
  private func layeredVPC(_ stack: Stack) -> EC2.VPC {
    EC2.VPC(
      stack, "VPC", natGateways: 1,
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Ingress", subnetType: .public, cidrMask: 24),
        EC2.SubnetConfiguration(name: "App", subnetType: .privateWithEgress, cidrMask: 24),
        EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated, cidrMask: 24),
        EC2.SubnetConfiguration(name: "Db", subnetType: .privateIsolated, cidrMask: 24),
      ])
  }

  private func ids(_ selection: EC2.SelectedSubnets) -> [String] { selection.subnets.map(\.node.id) }

  @Test("An empty selection picks private-with-egress, else isolated, else public subnets")
  func defaults() throws {
    let stack = Stack(App(), "Stack")
    #expect(ids(try layeredVPC(stack).selectSubnets()) == ["AppSubnet1", "AppSubnet2"])
    let isolated = EC2.VPC(stack, "Isolated", natGateways: 0)
    #expect(ids(try isolated.selectSubnets()) == ["IsolatedSubnet1", "IsolatedSubnet2"])
    let publicOnly = EC2.VPC(
      stack, "Public", subnetConfiguration: [EC2.SubnetConfiguration(name: "Web", subnetType: .public)])
    let selection = try publicOnly.selectSubnets()
    #expect(ids(selection) == ["WebSubnet1", "WebSubnet2"])
    #expect(selection.hasPublic)
  }

  @Test("Subnets are selected by type, by group name, by zone and one per zone")
  func filters() throws {
    let stack = Stack(App(), "Stack")
    let vpc = layeredVPC(stack)
    #expect(
      ids(try vpc.selectSubnets(EC2.SubnetSelection(subnetType: .privateIsolated)))
        == ["CacheSubnet1", "CacheSubnet2", "DbSubnet1", "DbSubnet2"])
    #expect(ids(try vpc.selectSubnets(EC2.SubnetSelection(subnetGroupName: "Db"))) == ["DbSubnet1", "DbSubnet2"])
    let secondZone = vpc.availabilityZones[1]
    #expect(
      ids(try vpc.selectSubnets(EC2.SubnetSelection(subnetType: .privateIsolated, availabilityZones: [secondZone])))
        == ["CacheSubnet2", "DbSubnet2"])
    #expect(
      ids(try vpc.selectSubnets(EC2.SubnetSelection(subnetType: .privateIsolated, onePerAZ: true)))
        == ["CacheSubnet1", "CacheSubnet2"])
    #expect(try vpc.selectSubnets(EC2.SubnetSelection(subnetType: .privateIsolated)).hasPublic == false)
  }

  @Test("Explicit subnets are used as given, and the selection exposes their ids and zones")
  func explicitSubnets() throws {
    let stack = Stack(App(), "Stack")
    let vpc = layeredVPC(stack)
    let subnet = EC2.Subnet.fromSubnetAttributes(
      stack, "Subnet", subnetID: "subnet-1", availabilityZone: "us-east-1a", routeTableID: "rtb-1")
    let selection = try vpc.selectSubnets(EC2.SubnetSelection(subnets: [vpc.publicSubnets[0], subnet]))
    #expect(selection.subnetIDs.count == 2)
    #expect(selection.subnetIDs[1] == "subnet-1")
    #expect(selection.availabilityZones[1] == "us-east-1a")
    #expect(selection.hasPublic)
  }

  @Test("Selecting a type the VPC lacks fails with the AWS CDK's message and the VPC's path")
  func missingType() throws {
    let stack = Stack(App(), "Stack")
    let vpc = EC2.VPC(
      stack, "VPC", subnetConfiguration: [EC2.SubnetConfiguration(name: "Web", subnetType: .public)])
    let error = try #require(throws: EC2.SubnetSelectionError.self) {
      try vpc.selectSubnets(EC2.SubnetSelection(subnetType: .privateWithEgress))
    }
    #expect(error.message == "There are no 'Private' subnet groups in this VPC. Available types: Public")
    #expect(error.path == "Stack/VPC")
    #expect(error.code == "NoSubnetsOfType")
    let isolatedOnly = EC2.VPC(
      stack, "Isolated", natGateways: 0,
      subnetConfiguration: [EC2.SubnetConfiguration(name: "Data", subnetType: .privateIsolated)])
    let isolatedError = try #require(throws: EC2.SubnetSelectionError.self) {
      try isolatedOnly.selectSubnets(EC2.SubnetSelection(subnetType: .public))
    }
    #expect(
      isolatedError.message
        == "There are no 'Public' subnet groups in this VPC. Available types: Isolated,Deprecated_Isolated")
  }

  @Test("Selecting a group the VPC lacks, or giving two kinds of selection, fails with the AWS CDK's message")
  func missingGroupAndAmbiguity() throws {
    let stack = Stack(App(), "Stack")
    let vpc = layeredVPC(stack)
    let missing = try #require(throws: EC2.SubnetSelectionError.self) {
      try vpc.selectSubnets(EC2.SubnetSelection(subnetGroupName: "Data"))
    }
    #expect(
      missing.message
        == "There are no subnet groups with name 'Data' in this VPC. Available names: Ingress,App,Cache,Db")
    let ambiguous = try #require(throws: EC2.SubnetSelectionError.self) {
      try vpc.selectSubnets(EC2.SubnetSelection(subnetType: .public, subnetGroupName: "Ingress"))
    }
    #expect(ambiguous.message == "Only one of 'subnetType,subnetGroupName' can be supplied to subnet selection.")
  }

  @Test("A consumer can record a failed selection on itself and go on with no subnets")
  func recordingErrors() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let vpc = EC2.VPC(stack, "VPC", natGateways: 0)
    let consumer = Construct(stack, "Cache")
    let selection = vpc.selectSubnets(EC2.SubnetSelection(subnetType: .privateWithEgress), recordingErrorsOn: consumer)
    #expect(selection.subnets.isEmpty)
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message:
          "There are no 'Private' subnet groups in this VPC. Available types: Isolated,Deprecated_Isolated,Public",
        path: "Stack/Cache"))
  }
}
