import ElastiCacheCDK
import Testing

@Suite("EC2 conformance: security group rules")
struct SecurityGroupConformanceTests {
  @Test("Inline, separate and imported security group rules match the AWS CDK")
  func securityGroupRules() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "SecurityGroupRules")
    let vpc = EC2.VPC.fromVPCAttributes(
      stack, "Vpc", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a"],
      privateSubnetIds: ["subnet-0bbbbbbbbbbbbbbb1"])
    let web = EC2.SecurityGroup(stack, "Web", vpc: vpc, description: "Web tier")
    web.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(443))
    web.addIngressRule(EC2.Peer.anyIPv4(), .tcpRange(8000, 8100), description: "alternate ports")
    web.addIngressRule(EC2.Peer.anyIPv6(), .tcp(80))
    web.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(443))
    web.addIngressRule(EC2.Peer.prefixList("pl-0123456789abcdef0"), .tcp(22))
    web.addIngressRule(
      EC2.Peer.securityGroupID("sg-0123456789abcdef0", sourceSecurityGroupOwnerID: "123456789012"), .udp(53))
    web.addEgressRule(EC2.Peer.anyIPv4(), .tcp(25))

    let cache = EC2.SecurityGroup(stack, "Cache", vpc: vpc, allowAllOutbound: false, securityGroupName: "cache-sg")
    cache.addIngressRule(web, .tcp(6379), description: "from the web tier")
    cache.addEgressRule(EC2.Peer.ipv4("10.1.0.0/16"), .allTCP())
    cache.addEgressRule(web, .tcpRange(1024, 65535))
    cache.addIngressRule(EC2.Peer.anyIPv4(), .allICMP())
    cache.addIngressRule(EC2.Peer.anyIPv4(), .icmpPing())
    cache.addIngressRule(EC2.Peer.ipv4("192.168.0.0/24"), .allTraffic())
    cache.addIngressRule(EC2.Peer.ipv4("192.168.1.0/24"), .udpRange(5000, 5010))
    cache.addIngressRule(EC2.Peer.ipv4("192.168.2.0/24"), .allUDP())

    let closed = EC2.SecurityGroup(stack, "Closed", vpc: vpc, allowAllOutbound: false)
    closed.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(11211))

    let separate = EC2.SecurityGroup(stack, "Separate", vpc: vpc, disableInlineRules: true)
    separate.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(443))
    separate.addEgressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(443))
    let separateClosed = EC2.SecurityGroup(
      stack, "SeparateClosed", vpc: vpc, allowAllOutbound: false, disableInlineRules: true)
    separateClosed.addIngressRule(EC2.Peer.anyIPv4(), .tcp(443))
    let separateNone = EC2.SecurityGroup(
      stack, "SeparateNoEgress", vpc: vpc, allowAllOutbound: false, disableInlineRules: true)
    separateNone.addIngressRule(EC2.Peer.ipv4("10.2.0.0/16"), .tcp(443))

    let separateWithdrawn = EC2.SecurityGroup(
      stack, "SeparateWithdrawn", vpc: vpc, allowAllOutbound: false, disableInlineRules: true)
    separateWithdrawn.addEgressRule(EC2.Peer.ipv4("10.3.0.0/16"), .tcp(5432))
    separate.addIngressRule(EC2.Peer.ipv4(Fn.importValue("AllowedCidr")), .tcp(8443))
    separate.addIngressRule(EC2.Peer.ipv4(Fn.importValue("OtherCidr")), .tcp(8443))
    web.addIngressRule(EC2.Peer.ipv4(Fn.importValue("AllowedCidr")), .tcp(8443))

    let imported = EC2.SecurityGroup.fromSecurityGroupId(stack, "Imported", "sg-0aaaaaaaaaaaaaaa1")
    imported.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(443))
    imported.addEgressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(443))
    imported.addIngressRule(cache, .tcp(6379))
    let outbound = EC2.SecurityGroup.fromSecurityGroupID(
      stack, "ImportedClosed", "sg-0aaaaaaaaaaaaaaa2", allowAllOutbound: false)
    outbound.addEgressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(443))
    outbound.addEgressRule(web, .tcp(8080))
    let frozen = EC2.SecurityGroup.fromSecurityGroupId(stack, "Frozen", "sg-0aaaaaaaaaaaaaaa3", mutable: false)
    frozen.addIngressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(443))
    _ = CfnOutput(stack, "CacheGroupId", value: cache.securityGroupID)
    try Goldens.expectMatch(app, "EC2/security-group-rules")
  }
}
