import Constructs

/// The subnets of one type given to `VPC.fromVPCAttributes`, checked and imported as the AWS CDK does:
/// the ids are in groups of one subnet per availability zone, each group with a name.
struct ImportedSubnetGroup {
  let type: EC2.SubnetType
  let ids: [StringValue]
  let names: [String]?
  let routeTableIDs: [StringValue]?
  let ipv4CidrBlocks: [StringValue]?

  /// The imported subnets, named `<group name>Subnet<n>` below `vpc`.
  func importSubnets(into vpc: Construct, availabilityZones zones: [StringValue]) throws(EC2Error)
    -> [any EC2.SubnetProtocol]
  {
    let field = fieldPrefix
    guard !zones.isEmpty ? ids.count % zones.count == 0 : !ids.isEmpty else {
      throw EC2Error(
        code: "SubnetCountNotMultipleOfZones",
        message:
          "Number of \(field)SubnetIds (\(ids.count)) must be a multiple of availability zones (\(zones.count)).")
    }
    if let routeTableIDs, routeTableIDs.count != ids.count {
      throw EC2Error(
        code: "SubnetAttributeCountMismatch",
        message:
          "Number of \(field)SubnetRouteTableIds (\(routeTableIDs.count)) must be equal to the amount of \(field)SubnetIds (\(ids.count))."
      )
    }
    if let ipv4CidrBlocks, ipv4CidrBlocks.count != ids.count {
      throw EC2Error(
        code: "SubnetAttributeCountMismatch",
        message:
          "Number of \(field)SubnetIpv4CidrBlocks (\(ipv4CidrBlocks.count)) must be equal to the amount of \(field)SubnetIds (\(ids.count))."
      )
    }
    let groupNames = try normalizedNames(groupCount: zones.isEmpty ? 0 : ids.count / zones.count)
    return ids.indices.map { index in
      let group = zones.isEmpty ? nil : index / zones.count
      // As in the AWS CDK, a missing name for a later group reads `undefined`.
      let name = group.flatMap { $0 < groupNames.count ? groupNames[$0] : nil } ?? "undefined"
      return EC2.Subnet.fromSubnetAttributes(
        vpc, "\(name)Subnet\(index + 1)", subnetID: ids[index],
        availabilityZone: zones.isEmpty ? nil : zones[index % zones.count],
        ipv4CidrBlock: ipv4CidrBlocks?[index], routeTableID: routeTableIDs?[index])
    }
  }

  private func normalizedNames(groupCount: Int) throws(EC2Error) -> [String] {
    guard let names, !names.isEmpty else { return [type.defaultGroupName] }
    guard names.count == groupCount else {
      let listed = names.map { "\"\($0)\"" }.joined(separator: ",")
      throw EC2Error(
        code: "SubnetNamesCountMismatch",
        message: "\(fieldPrefix)SubnetNames must have an entry for every corresponding subnet group, got: [\(listed)]")
    }
    return names
  }

  /// `public`, `private` or `isolated`, as in the attribute names.
  private var fieldPrefix: String {
    switch type {
    case .public: "public"
    case .privateWithEgress: "private"
    case .privateIsolated: "isolated"
    }
  }
}

extension EC2.SubnetType {
  /// The group name of subnets of this type when none is given: `Public`, `Private` or `Isolated`.
  var defaultGroupName: String { rawValue }
}
