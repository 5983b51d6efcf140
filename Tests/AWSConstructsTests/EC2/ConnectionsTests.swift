import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("EC2.Connections")
struct ConnectionsTests {
  private func importedVPC(_ stack: Stack) -> any EC2.VPCProtocol {
    EC2.VPC.fromVPCAttributes(stack, "Vpc", vpcId: "vpc-12345678", availabilityZones: ["us-east-1a"])
  }

  @Test("A default-port method without a default port records the AWS CDK's error on the owner")
  func missingDefaultPortOnOwner() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let owner = Construct(stack, "Cache")
    let group = EC2.SecurityGroup(stack, "SG", vpc: importedVPC(stack))
    let connections = EC2.Connections(securityGroups: [group], owner: owner)
    connections.allowDefaultPortFrom(EC2.Peer.anyIPv4())
    group.connections.allowToDefaultPort(connections)
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Cannot call allowDefaultPortFrom(): this resource has no default port", path: "Stack/Cache"))
    #expect(
      error.contains(message: "Cannot call allowToDefaultPort(): other resource has no default port", path: "Stack/SG"))
  }

  @Test("Without an owner, the error goes to the first security group")
  func missingDefaultPortOnGroup() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let group = EC2.SecurityGroup(stack, "SG", vpc: importedVPC(stack))
    group.connections.allowDefaultPortFromAnyIPv4()
    group.connections.allowDefaultPortInternally()
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "Cannot call allowDefaultPortFromAnyIPv4(): this resource has no default port", path: "Stack/SG"))
    #expect(
      error.contains(
        message: "Cannot call allowDefaultPortInternally(): this resource has no default port", path: "Stack/SG"))
  }

  @Test("Allowing traffic between two groups adds the ingress and the egress rule")
  func bothSides() throws {
    let stack = Stack(App(), "Stack")
    let vpc = importedVPC(stack)
    let cache = EC2.SecurityGroup(stack, "Cache", vpc: vpc)
    let client = EC2.SecurityGroup(stack, "Client", vpc: vpc, allowAllOutbound: false)
    let cacheConnections = EC2.Connections(securityGroups: [cache], defaultPort: .tcp(6379), owner: cache)
    cacheConnections.allowDefaultPortFrom(client)
    #expect(cacheConnections.securityGroups.count == 1)
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroupIngress",
      [
        "Description": .exact(.string("from \(Names.uniqueID(client)):6379")), "FromPort": 6379,
        "GroupId": ["Fn::GetAtt": [.exact(.string(cache.resource.logicalID)), "GroupId"]],
        "SourceSecurityGroupId": ["Fn::GetAtt": [.exact(.string(client.resource.logicalID)), "GroupId"]],
      ])
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroupEgress",
      [
        "Description": .exact(.string("to \(Names.uniqueID(cache)):6379")),
        "GroupId": ["Fn::GetAtt": [.exact(.string(client.resource.logicalID)), "GroupId"]],
        "DestinationSecurityGroupId": ["Fn::GetAtt": [.exact(.string(cache.resource.logicalID)), "GroupId"]],
      ])
  }

  @Test("A security group added later receives the rules requested before")
  func lateGroup() throws {
    let stack = Stack(App(), "Stack")
    let vpc = importedVPC(stack)
    let connections = EC2.Connections(defaultPort: .tcp(11211))
    connections.allowDefaultPortFromAnyIPv4()
    #expect(connections.securityGroups.isEmpty)
    connections.addSecurityGroup(EC2.SecurityGroup(stack, "Late", vpc: vpc))
    try Template(stack).hasResourceProperties(
      "AWS::EC2::SecurityGroup",
      ["SecurityGroupIngress": [["CidrIp": "0.0.0.0/0", "FromPort": 11211, "Description": "from 0.0.0.0/0:11211"]]])
  }
}
