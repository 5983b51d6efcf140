import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("EC2.SecurityGroup")
struct SecurityGroupTests {
  private func importedVPC(_ stack: Stack) -> any EC2.VPCProtocol {
    EC2.VPC.fromVPCAttributes(stack, "Vpc", vpcId: "vpc-12345678", availabilityZones: ["us-east-1a"])
  }

  @Test("A group's description defaults to its path and it allows all outbound traffic")
  func defaults() throws {
    let stack = Stack(App(), "Stack")
    let group = EC2.SecurityGroup(stack, "SG", vpc: importedVPC(stack))
    #expect(group.allowAllOutbound)
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroup",
      .exact([
        "GroupDescription": "Stack/SG", "VpcId": "vpc-12345678",
        "SecurityGroupEgress": [
          ["CidrIp": "0.0.0.0/0", "Description": "Allow all outbound traffic by default", "IpProtocol": "-1"]
        ],
      ]))
  }

  @Test("An egress rule on a group that allows all outbound traffic is ignored with a warning")
  func ignoredEgress() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let group = EC2.SecurityGroup(stack, "SG", vpc: importedVPC(stack))
    group.addEgressRule(EC2.Peer.anyIPv4(), .tcp(443))
    let assembly = try app.synthesize()
    #expect(
      assembly.warnings.contains {
        $0.path == "Stack/SG"
          && $0.message
            == "Ignoring Egress rule since 'allowAllOutbound' is set to true; To add customized rules, set allowAllOutbound=false on the SecurityGroup"
      })
    try Template(stack).hasResourceProperties("AWS::EC2::SecurityGroup", ["SecurityGroupEgress": [Match.anyValue]])
  }

  @Test("The same inline rule is added once; an all-traffic egress rule is refused")
  func duplicatesAndAllTraffic() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let group = EC2.SecurityGroup(stack, "SG", vpc: importedVPC(stack), allowAllOutbound: false)
    group.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(6379))
    group.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(6379), description: "again")
    group.addEgressRule(EC2.Peer.anyIPv4(), .allTraffic())
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message:
          "Cannot add an \"all traffic\" egress rule in this way; set allowAllOutbound=true (for ipv4) or allowAllIpv6Outbound=true (for ipv6) on the SecurityGroup instead.",
        path: "Stack/SG"))
  }

  @Test("The securityGroupDisableInlineRules context makes every rule a separate resource")
  func disableInlineRulesContext() throws {
    let app = App(context: ["@aws-cdk/aws-ec2.securityGroupDisableInlineRules": true])
    let stack = Stack(app, "Stack")
    let group = EC2.SecurityGroup(stack, "SG", vpc: importedVPC(stack))
    group.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(6379))
    let template = try Template(stack)
    try template.hasResourceProperties("AWS::EC2::SecurityGroup", ["SecurityGroupIngress": Match.absent])
    try template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1)
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroupEgress", ["Description": "Allow all outbound traffic by default", "IpProtocol": "-1"])
  }

  @Test("Token peers get numbered rule ids, as in the AWS CDK")
  func tokenPeers() throws {
    let stack = Stack(App(), "Stack")
    let group = EC2.SecurityGroup(stack, "SG", vpc: importedVPC(stack), disableInlineRules: true)
    group.addIngressRule(EC2.Peer.ipv4(Fn.importValue("A")), .tcp(1))
    group.addIngressRule(EC2.Peer.ipv4(Fn.importValue("B")), .tcp(1))
    group.addIngressRule(EC2.Peer.ipv4(Fn.importValue("C")), .tcp(1))
    #expect(
      group.node.children.map(\.node.id).filter { $0.hasPrefix("from") }
        == ["from {IndirectPeer}:1", "from '{IndirectPeer2}':1", "from '{IndirectPeer3}':1"])
  }

  @Test("A separate 'Disallow all traffic' rule is removed from the tree once a real egress rule is added")
  func separateNoTrafficRuleRemoved() throws {
    let stack = Stack(App(), "Stack")
    let group = EC2.SecurityGroup(
      stack, "SG", vpc: importedVPC(stack), allowAllOutbound: false, disableInlineRules: true)
    let noTrafficID = "to 255.255.255.255_32:ICMP Type 252 Code 86"
    #expect(group.node.tryFindChild(noTrafficID) != nil)
    group.addEgressRule(EC2.Peer.ipv4("10.0.0.0/16"), .tcp(5432))
    #expect(group.node.tryFindChild(noTrafficID) == nil)
    // As in the AWS CDK, the id is free again: the same rule added later is a new resource.
    group.addEgressRule(EC2.Peer.ipv4("255.255.255.255/32"), .icmpTypeAndCode(252, 86), description: "again")
    let template = try Template(stack)
    try template.resourceCountIs("AWS::EC2::SecurityGroupEgress", 2)
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroupEgress", ["CidrIp": "255.255.255.255/32", "Description": "again"])
  }

  @Test("Invalid peers are reported on the group the rule is added to, with the AWS CDK's messages")
  func invalidPeers() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let group = EC2.SecurityGroup(stack, "SG", vpc: importedVPC(stack), allowAllOutbound: false)
    group.addIngressRule(EC2.Peer.ipv4("10.0.0.1"), .tcp(1))
    group.addIngressRule(EC2.Peer.ipv4("ten"), .tcp(1))
    group.addIngressRule(EC2.Peer.ipv6("::1"), .tcp(1))
    group.addEgressRule(EC2.Peer.securityGroupID("group"), .tcp(1))
    group.addIngressRule(EC2.Peer.securityGroupID("sg-12345678", sourceSecurityGroupOwnerID: "12"), .tcp(1))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    for message in [
      "CIDR mask is missing in IPv4: \"10.0.0.1\". Did you mean \"10.0.0.1/32\"?",
      "Invalid IPv4 CIDR: \"ten\"",
      "CIDR mask is missing in IPv6: \"::1\". Did you mean \"::1/128\"?",
      "Invalid security group ID: \"group\"",
      "Invalid security group owner ID: \"12\"",
    ] {
      #expect(error.contains(message: message, path: "Stack/SG"))
    }
  }

  @Test("An imported group takes ingress rules, egress rules only without allowAllOutbound, and none when immutable")
  func importedGroups() throws {
    let stack = Stack(App(), "Stack")
    let open = EC2.SecurityGroup.fromSecurityGroupId(stack, "Open", "sg-11111111")
    let closed = EC2.SecurityGroup.fromSecurityGroupId(stack, "Closed", "sg-22222222", allowAllOutbound: false)
    let frozen = EC2.SecurityGroup.fromSecurityGroupId(stack, "Frozen", "sg-33333333", mutable: false)
    for group in [open, closed, frozen] {
      group.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(6379))
      group.addEgressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(6379))
    }
    #expect(open.securityGroupID == "sg-11111111")
    #expect(!closed.allowAllOutbound)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 2)
    try template.resourceCountIs("AWS::EC2::SecurityGroupEgress", 1)
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroupEgress",
      .exact([
        "GroupId": "sg-22222222", "CidrIp": "10.0.0.0/8", "Description": "to 10.0.0.0/8:6379", "FromPort": 6379,
        "ToPort": 6379, "IpProtocol": "tcp",
      ]))
  }

  @Test("Ports render their protocol, range and description as the AWS CDK does")
  func ports() {
    #expect(EC2.Port.tcp(6379).description == "6379")
    #expect(EC2.Port.tcpRange(8000, 8100).description == "8000-8100")
    #expect(EC2.Port.udp(53).description == "UDP 53")
    #expect(EC2.Port.allTCP().description == "ALL PORTS")
    #expect(EC2.Port.icmpPing().description == "ICMP Type 8")
    #expect(EC2.Port.icmpTypeAndCode(3, 4).description == "ICMP Type 3 Code 4")
    #expect(EC2.Port.allTraffic().toRuleJSON() == EC2.SecurityGroupRule(ipProtocol: "-1"))
    let token = EC2.Port.tcp(Token(intrinsic: "Fn::GetAtt", argument: ["Cache", "Endpoint.Port"]).asNumber)
    #expect(token.description == "{IndirectPort}")
    #expect(!token.canInlineRule)
    #expect(EC2.Port.tcp(6379).canInlineRule)
  }
}
