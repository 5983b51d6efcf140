import Constructs

/// A VPC defined outside this app, with imported subnets.
final class ImportedVPC: Construct, EC2.VPCProtocol {
  let vpcID: StringValue
  let availabilityZones: [StringValue]
  private(set) var publicSubnets: [any EC2.SubnetProtocol] = []
  private(set) var privateSubnets: [any EC2.SubnetProtocol] = []
  private(set) var isolatedSubnets: [any EC2.SubnetProtocol] = []
  private let knownCidrBlock: StringValue?
  private var reportedMissingCidr = false

  init(
    _ scope: Construct,
    _ id: String,
    vpcID: StringValue,
    availabilityZones: [StringValue],
    cidrBlock: StringValue?,
    groups: [ImportedSubnetGroup]
  ) {
    self.vpcID = vpcID
    self.availabilityZones = availabilityZones
    knownCidrBlock = cidrBlock
    super.init(scope, id)
    for group in groups {
      let subnets: [any EC2.SubnetProtocol]
      do {
        subnets = try group.importSubnets(into: self, availabilityZones: availabilityZones)
      } catch {
        node.addError(error.code, error.message)
        continue
      }
      switch group.type {
      case .public: publicSubnets = subnets
      case .privateWithEgress: privateSubnets = subnets
      case .privateIsolated: isolatedSubnets = subnets
      }
    }
  }

  var vpcCidrBlock: StringValue {
    if let knownCidrBlock { return knownCidrBlock }
    if !reportedMissingCidr {
      reportedMissingCidr = true
      node.addError(
        "VPCCidrBlockUnknown",
        "Cannot perform this operation: 'vpcCidrBlock' was not supplied when creating this VPC")
    }
    return ""
  }

  var internetConnectivityEstablished: [Construct] { [] }
}
