import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("EC2.VPC")
struct VPCTests {
  @Test("An environment-specific stack without zone context uses the three dummy zones, with /19 subnets")
  func dummyZones() throws {
    let stack = Stack(App(), "Stack", env: Environment(account: "123456789012", region: "us-east-1"))
    let vpc = EC2.VPC(stack, "VPC")
    #expect(vpc.availabilityZones == ["dummy1a", "dummy1b", "dummy1c"])
    #expect(vpc.publicSubnets.map(\.ipv4CidrBlock) == ["10.0.0.0/19", "10.0.32.0/19", "10.0.64.0/19"])
    #expect(vpc.privateSubnets.map(\.ipv4CidrBlock) == ["10.0.96.0/19", "10.0.128.0/19", "10.0.160.0/19"])
    let template = try Template(stack)
    try template.resourceCountIs("AWS::EC2::NatGateway", 3)
  }

  @Test("The stack's availability zones come from context when the CLI has looked them up")
  func contextZones() throws {
    let app = App(context: ["availability-zones:account=123456789012:region=eu-west-1": ["eu-west-1a", "eu-west-1b"]])
    let stack = Stack(app, "Stack", env: Environment(account: "123456789012", region: "eu-west-1"))
    let vpc = EC2.VPC(stack, "VPC", natGateways: 1)
    #expect(vpc.availabilityZones == ["eu-west-1a", "eu-west-1b"])
    let template = try Template(stack)
    try template.resourceCountIs("AWS::EC2::NatGateway", 1)
    // Both private subnets route through the only NAT gateway.
    let routes = template.findResources(
      "AWS::EC2::Route", .objectLike(["Properties": .objectLike(["NatGatewayId": Match.anyValue])]))
    #expect(routes.count == 2)
  }

  @Test("Explicit availability zones must be among the stack's known zones")
  func zonesOutsideTheStack() throws {
    let app = App(context: ["availability-zones:account=123456789012:region=eu-west-1": ["eu-west-1a", "eu-west-1b"]])
    let stack = Stack(app, "Stack", env: Environment(account: "123456789012", region: "eu-west-1"))
    _ = EC2.VPC(stack, "VPC", availabilityZones: ["eu-west-1a", "eu-west-1c"])
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message:
          "Given VPC 'availabilityZones' eu-west-1a,eu-west-1c must be a subset of the stack's availability zones eu-west-1a,eu-west-1b",
        path: "Stack/VPC"))
  }

  @Test("Subnets are tagged with their group name and type, and everything with the VPC or subnet path")
  func tags() throws {
    let stack = Stack(App(), "Stack")
    _ = EC2.VPC(stack, "VPC", vpcName: "cache-vpc")
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::EC2::VPC", ["Tags": [["Key": "Name", "Value": "cache-vpc"]]])
    try template.hasResourceProperties(
      "AWS::EC2::Subnet",
      [
        "Tags": [
          ["Key": "aws-cdk:subnet-name", "Value": "Private"], ["Key": "aws-cdk:subnet-type", "Value": "Private"],
          ["Key": "Name", "Value": "Stack/VPC/PrivateSubnet1"],
        ]
      ])
    try template.hasResourceProperties(
      "AWS::EC2::RouteTable", ["Tags": [["Key": "Name", "Value": "Stack/VPC/PublicSubnet2"]]])
  }

  @Test("Public default routes wait for the gateway attachment; NAT gateways wait for their subnet's routes")
  func dependencies() throws {
    let stack = Stack(App(), "Stack")
    _ = EC2.VPC(stack, "VPC", natGateways: 1)
    let template = try Template(stack)
    try template.hasResource(
      "AWS::EC2::Route",
      .objectLike([
        "DependsOn": ["VPCVPCGW99B986DC"],
        "Properties": .objectLike(["GatewayId": ["Ref": "VPCIGWB7E252D3"]]),
      ]))
    try template.hasResource(
      "AWS::EC2::NatGateway",
      .objectLike([
        "DependsOn": ["VPCPublicSubnet1DefaultRoute91CEF279", "VPCPublicSubnet1RouteTableAssociation0B0896DC"]
      ]))
  }

  @Test("The VPC exposes its id, CIDR block, ARN and the subnets' connectivity resources")
  func attributes() throws {
    let stack = Stack(App(), "Stack", env: Environment(account: "123456789012", region: "us-east-1"))
    let vpc = EC2.VPC(stack, "VPC", maxAZs: 1)
    #expect(stack.resolve(vpc.vpcID) == ["Ref": "VPCB9E5F0B4"])
    #expect(stack.resolve(vpc.vpcCidrBlock) == ["Fn::GetAtt": ["VPCB9E5F0B4", "CidrBlock"]])
    #expect(
      stack.resolve(vpc.vpcArn)
        == [
          "Fn::Join": [
            "", ["arn:", ["Ref": "AWS::Partition"], ":ec2:us-east-1:123456789012:vpc/", ["Ref": "VPCB9E5F0B4"]],
          ]
        ])
    #expect(vpc.internetGatewayID.map { stack.resolve($0) } == ["Ref": "VPCIGWB7E252D3"])
    let selected = try vpc.selectSubnets()
    #expect(selected.internetConnectivityEstablished.map(\.node.id) == ["RouteTableAssociation", "DefaultRoute"])
  }

  @Test("natGateways: 0 gives public and isolated subnets by default")
  func noNATDefaults() throws {
    let stack = Stack(App(), "Stack")
    let vpc = EC2.VPC(stack, "VPC", natGateways: 0)
    #expect(vpc.subnetConfiguration.map(\.name) == ["Public", "Isolated"])
    #expect(vpc.privateSubnets.isEmpty)
    #expect(vpc.isolatedSubnets.count == 2)
  }

  @Test("Private subnets need public subnets for their NAT gateways")
  func natGatewaysWithoutPublicSubnets() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC(
      stack, "VPC",
      subnetConfiguration: [
        EC2.SubnetConfiguration(
          name: "A\"q", subnetType: .privateWithEgress, cidrMask: 24, mapPublicIPOnLaunch: false),
        EC2.SubnetConfiguration(
          name: "B", subnetType: .public, cidrMask: 20, reserved: true, mapPublicIPOnLaunch: true),
      ])
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    let configuration =
      #"[{"name":"A\"q","subnetType":"Private","cidrMask":24,"mapPublicIpOnLaunch":false},"#
      + #"{"name":"B","subnetType":"Public","cidrMask":20,"mapPublicIpOnLaunch":true,"reserved":true}]"#
    #expect(
      error.contains(
        message:
          "If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure PUBLIC subnets to put the NAT gateways into (got \(configuration).",
        path: "Stack/VPC"))
  }

  @Test("NAT gateways can only be placed in public subnets")
  func natGatewaysInPrivateSubnets() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC(stack, "VPC", natGatewaySubnets: EC2.SubnetSelection(subnetType: .privateWithEgress))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "natGatewayPlacement [object Object] contains non public subnet Stack/VPC/PrivateSubnet1",
        path: "Stack/VPC"))
  }

  @Test("Only public subnets take mapPublicIPOnLaunch")
  func mapPublicIPOnLaunchOnIsolatedSubnets() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC(
      stack, "VPC",
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "A", subnetType: .public),
        EC2.SubnetConfiguration(name: "B", subnetType: .privateIsolated, mapPublicIPOnLaunch: true),
      ])
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.contains(message: "Isolated subnet cannot include mapPublicIpOnLaunch parameter", path: "Stack/VPC"))
  }

  @Test("Conflicting settings are reported with the AWS CDK's messages")
  func conflictingSettings() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC(stack, "Zones", maxAZs: 2, availabilityZones: ["us-east-1a"])
    _ = EC2.VPC(stack, "DNS", enableDNSHostnames: true, enableDNSSupport: false)
    _ = EC2.VPC(stack, "Addresses", ipAddresses: .cidr("10.0.0.0/16"), cidr: "10.1.0.0/16")
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.contains(message: "Vpc supports 'availabilityZones' or 'maxAzs', but not both.", path: "Stack/Zones"))
    #expect(
      error.contains(
        message: "To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled.",
        path: "Stack/DNS"))
    #expect(error.contains(message: "supply at most one of ipAddresses or cidr", path: "Stack/Addresses"))
  }
}
