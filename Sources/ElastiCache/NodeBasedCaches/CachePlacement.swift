import AWSEC2
import Constructs

/// Where a node-based cache's nodes run: its subnet group (the given one, or one created from the subnet
/// selection) and its security groups (the given ones, or one created for the cache).
struct CachePlacement {
  let subnetGroup: any SubnetGroupProtocol
  let securityGroups: [any EC2.SecurityGroupProtocol]

  /// The placement of `cache` in `vpc`; problems, such as a subnet group given with a subnet selection, are
  /// recorded on the cache.
  init(
    of cache: Construct,
    vpc: any EC2.VPCProtocol,
    subnetGroup: (any SubnetGroupProtocol)?,
    vpcSubnets: EC2.SubnetSelection?,
    securityGroups: [any EC2.SecurityGroupProtocol]?
  ) {
    let id = cache.node.id
    if let subnetGroup {
      self.subnetGroup = subnetGroup
      if vpcSubnets != nil {
        cache.node.addWarning(
          .subnetGroupWithVPCSubnets,
          "Both a subnet group and a subnet selection (vpcSubnets) are given; the selection is ignored.",
          fix: "Give the subnet group alone, or the subnet selection alone to have a subnet group created from it.")
      }
    } else {
      self.subnetGroup = SubnetGroup(
        cache, "SubnetGroup", vpc: vpc, vpcSubnets: vpcSubnets, description: "Subnet group for \(id) cache.")
    }
    if let securityGroups, !securityGroups.isEmpty {
      self.securityGroups = securityGroups
    } else {
      self.securityGroups = [
        EC2.SecurityGroup(cache, "SecurityGroup", vpc: vpc, description: "Security group for \(id) cache.")
      ]
    }
  }

  /// The availability zones of the subnet group's subnets, when they are all known before deployment.
  var availabilityZones: Set<String>? {
    guard let subnets = subnetGroup.subnets, !subnets.isEmpty else { return nil }
    let zones = subnets.map(\.availabilityZone.literal)
    guard zones.allSatisfy({ $0 != nil }) else { return nil }
    return Set(zones.compactMap { $0 })
  }

  /// A problem when a cache that spreads its nodes across availability zones (`reason`) has all its subnets in one.
  func singleZoneProblem(reason: String) -> Problem? {
    guard let zones = availabilityZones, zones.count == 1, let zone = zones.first else { return nil }
    return Problem(
      .singleAvailabilityZoneSubnets,
      "\(reason), but all the subnets of its subnet group are in \(zone).",
      fix: "Select subnets in two or more availability zones.")
  }
}
