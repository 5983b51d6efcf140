import ElastiCacheCDK
import Testing

@Suite("EC2 conformance: VPC layouts")
struct VPCConformanceTests {
  @Test("The default VPC in an environment-agnostic stack matches the AWS CDK")
  func defaultVPC() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "DefaultVpc")
    _ = EC2.VPC(stack, "VPC")
    try Goldens.expectMatch(app, "EC2/default-vpc")
  }

  @Test("VPCs with explicit availability zones and with the stack's zones match the AWS CDK")
  func explicitAvailabilityZones() throws {
    let app = App(outdir: "unused")
    let env = Environment(account: "123456789012", region: "us-east-1")
    let stack = Stack(app, "ExplicitAzs", env: env)
    _ = EC2.VPC(
      stack, "VPC", availabilityZones: ["us-east-1a", "us-east-1b", "us-east-1c"], vpcName: "cache-network")
    let lookup = Stack(app, "StackAzs", env: env)
    _ = EC2.VPC(lookup, "VPC", ipAddresses: .cidr("172.16.0.0/20"), maxAZs: 2)
    try Goldens.expectMatch(app, "EC2/vpc-explicit-azs")
  }

  @Test("Subnet groups with masks, a reserved group, reserved zones and NAT placement match the AWS CDK")
  func subnetGroups() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "SubnetGroups")
    _ = EC2.VPC(
      stack, "Network", ipAddresses: .cidr("10.20.0.0/16"), natGateways: 1,
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Ingress", subnetType: .public, cidrMask: 24),
        EC2.SubnetConfiguration(name: "Application", subnetType: .privateWithEgress, cidrMask: 20),
        EC2.SubnetConfiguration(name: "Spare", subnetType: .privateWithEgress, cidrMask: 20, reserved: true),
        EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated, cidrMask: 26),
        EC2.SubnetConfiguration(name: "Remaining", subnetType: .privateIsolated),
      ])

    let reserved = Stack(app, "ReservedAzs", env: Environment(account: "123456789012", region: "eu-west-1"))
    _ = EC2.VPC(
      reserved, "Vpc", availabilityZones: ["eu-west-1a", "eu-west-1b"], reservedAZs: 1, natGateways: 2,
      natGatewaySubnets: EC2.SubnetSelection(subnetGroupName: "Edge"),
      subnetConfiguration: [
        EC2.SubnetConfiguration(name: "Edge", subnetType: .public, cidrMask: 22, mapPublicIPOnLaunch: false),
        EC2.SubnetConfiguration(name: "Front", subnetType: .public, cidrMask: 24),
        EC2.SubnetConfiguration(name: "Workers", subnetType: .privateWithEgress),
      ],
      enableDNSHostnames: false)
    try Goldens.expectMatch(app, "EC2/vpc-subnet-groups")
  }

  @Test("VPCs without NAT gateways or without an internet gateway match the AWS CDK")
  func isolatedVPC() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "IsolatedVpc")
    _ = EC2.VPC(
      stack, "Isolated", maxAZs: 3, natGateways: 0,
      subnetConfiguration: [EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated, cidrMask: 24)])
    _ = EC2.VPC(stack, "NoNat", ipAddresses: .cidr("10.1.0.0/16"), natGateways: 0)
    _ = EC2.VPC(
      stack, "NoIgw", ipAddresses: .cidr("10.2.0.0/16"), maxAZs: 1, enableDNSHostnames: false,
      enableDNSSupport: true, defaultInstanceTenancy: .dedicated, createInternetGateway: false)
    try Goldens.expectMatch(app, "EC2/isolated-vpc")
  }
}
