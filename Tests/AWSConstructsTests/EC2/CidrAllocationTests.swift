import ElastiCacheCDK
import Testing

@Suite("EC2.VPC CIDR allocation")
struct CidrAllocationTests {
  private func subnets(_ vpc: EC2.VPC) -> [String] {
    (vpc.publicSubnets + vpc.privateSubnets + vpc.isolatedSubnets).compactMap(\.ipv4CidrBlock.literal)
  }

  @Test("Groups with a mask are allocated first; the others share what is left")
  func maskedGroupsFirst() {
    let stack = Stack(App(), "Stack")
    let vpc = EC2.VPC(
      stack, "VPC", natGateways: 0,
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Public", subnetType: .public),
        EC2.SubnetConfiguration(name: "Data", subnetType: .privateIsolated, cidrMask: 24),
      ])
    #expect(subnets(vpc) == ["10.0.64.0/18", "10.0.128.0/18", "10.0.0.0/24", "10.0.1.0/24"])
  }

  @Test("Reserved groups and reserved zones take address space without subnets")
  func reservedSpace() {
    let stack = Stack(App(), "Stack")
    let vpc = EC2.VPC(
      stack, "VPC", maxAZs: 1, reservedAZs: 1, natGateways: 0,
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Spare", subnetType: .public, cidrMask: 24, reserved: true),
        EC2.SubnetConfiguration(name: "Public", subnetType: .public, cidrMask: 24),
      ])
    #expect(vpc.availabilityZones.count == 2)
    #expect(subnets(vpc) == ["10.0.2.0/24"])
  }

  @Test("An unaligned start moves up to the next block of the mask's size")
  func alignment() {
    let stack = Stack(App(), "Stack")
    let vpc = EC2.VPC(
      stack, "VPC", maxAZs: 1, natGateways: 0,
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Small", subnetType: .public, cidrMask: 28),
        EC2.SubnetConfiguration(name: "Large", subnetType: .privateIsolated, cidrMask: 20),
      ])
    #expect(subnets(vpc) == ["10.0.0.0/28", "10.0.16.0/20"])
  }

  @Test("Too many subnets for the VPC's range is reported with the AWS CDK's message")
  func exceedsRange() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC(
      stack, "VPC", ipAddresses: .cidr("10.0.0.0/24"),
      subnetConfiguration: [EC2.SubnetConfiguration(name: "A", subnetType: .public, cidrMask: 24)])
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.contains(message: "1 of /24 exceeds remaining space of 10.0.0.0/24", path: "Stack/VPC"))
  }

  @Test("Masks outside /16 to /28 are rejected, including when the remaining space is too small")
  func invalidMasks() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC(
      stack, "Fixed", subnetConfiguration: [EC2.SubnetConfiguration(name: "A", subnetType: .public, cidrMask: 30)])
    _ = EC2.VPC(
      stack, "Remaining", ipAddresses: .cidr("10.0.0.0/24"), natGateways: 0,
      subnetConfiguration: (1...9).map { EC2.SubnetConfiguration(name: "G\($0)", subnetType: .public) })
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    let suffix = "is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28."
    #expect(error.contains(message: "x.x.x.x/30 \(suffix)", path: "Stack/Fixed"))
    #expect(error.contains(message: "x.x.x.x/29 \(suffix)", path: "Stack/Remaining"))
  }

  @Test("An address that is not IPv4 is reported")
  func invalidAddress() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = EC2.VPC(stack, "VPC", ipAddresses: .cidr("300.0.0.0/16"))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.contains(message: "300.0.0.0 is not valid", path: "Stack/VPC"))
  }
}
