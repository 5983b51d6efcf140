public import Constructs

extension EC2.VPCProtocol {
  /// The subnets `selection` picks: explicit subnets as given; else the subnets of the group or type
  /// (by default private with egress, else isolated, else public), narrowed to the given availability
  /// zones and to one subnet per zone when asked.
  public func selectSubnets(_ selection: EC2.SubnetSelection) throws(EC2.SubnetSelectionError)
    -> EC2.SelectedSubnets
  {
    let subnets = try selectSubnetObjects(selection)
    let publicSubnets = self.publicSubnets
    return EC2.SelectedSubnets(
      subnets: subnets,
      hasPublic: subnets.contains { subnet in publicSubnets.contains { $0 === subnet } }
    )
  }

  /// The default subnets: private with egress, else isolated, else public.
  public func selectSubnets() throws(EC2.SubnetSelectionError) -> EC2.SelectedSubnets {
    try selectSubnets(EC2.SubnetSelection())
  }

  /// The subnets `selection` picks; when it picks none it records the error on `construct` (such as the
  /// construct that places itself in these subnets) and returns an empty selection.
  public func selectSubnets(_ selection: EC2.SubnetSelection, recordingErrorsOn construct: Construct)
    -> EC2.SelectedSubnets
  {
    do {
      return try selectSubnets(selection)
    } catch {
      construct.node.addError(error.code, error.message)
      return EC2.SelectedSubnets(subnets: [], hasPublic: false)
    }
  }

  /// The subnets `selection` picks, before they are wrapped in a ``EC2/SelectedSubnets``.
  func selectSubnetObjects(_ selection: EC2.SubnetSelection) throws(EC2.SubnetSelectionError)
    -> [any EC2.SubnetProtocol]
  {
    let given = [
      selection.subnets == nil ? nil : "subnets",
      selection.subnetType == nil ? nil : "subnetType",
      selection.subnetGroupName == nil ? nil : "subnetGroupName",
    ].compactMap { $0 }
    guard given.count <= 1 else {
      throw selectionError(
        "AmbiguousSubnetSelection",
        "Only one of '\(given.joined(separator: ","))' can be supplied to subnet selection.")
    }
    if let subnets = selection.subnets { return subnets }
    var subnets: [any EC2.SubnetProtocol]
    if let groupName = selection.subnetGroupName {
      subnets = try subnetsInGroup(groupName)
    } else {
      subnets = try subnetsOfType(selection.subnetType ?? defaultSubnetType)
    }
    if let zones = selection.availabilityZones {
      subnets = subnets.filter { zones.contains($0.availabilityZone) }
    }
    if selection.onePerAZ {
      var seen: [StringValue] = []
      subnets = subnets.filter { subnet in
        let zone = subnet.availabilityZone
        guard !seen.contains(zone) else { return false }
        seen.append(zone)
        return true
      }
    }
    return subnets
  }

  /// The type an empty selection picks.
  private var defaultSubnetType: EC2.SubnetType {
    if !privateSubnets.isEmpty { return .privateWithEgress }
    if !isolatedSubnets.isEmpty { return .privateIsolated }
    return .public
  }

  private func subnetsInGroup(_ groupName: String) throws(EC2.SubnetSelectionError) -> [any EC2.SubnetProtocol] {
    let all = publicSubnets + privateSubnets + isolatedSubnets
    let subnets = all.filter { $0.subnetGroupName == groupName }
    guard subnets.isEmpty else { return subnets }
    var names: [String] = []
    for subnet in all where !names.contains(subnet.subnetGroupName) { names.append(subnet.subnetGroupName) }
    throw selectionError(
      "NoSubnetGroupWithName",
      "There are no subnet groups with name '\(groupName)' in this VPC. Available names: \(names.joined(separator: ","))"
    )
  }

  private func subnetsOfType(_ type: EC2.SubnetType) throws(EC2.SubnetSelectionError) -> [any EC2.SubnetProtocol] {
    let subnets: [any EC2.SubnetProtocol]
    switch type {
    case .public: subnets = publicSubnets
    case .privateWithEgress: subnets = privateSubnets
    case .privateIsolated: subnets = isolatedSubnets
    }
    guard subnets.isEmpty else { return subnets }
    // The AWS CDK lists the names of its (partly deprecated) subnet types that have subnets.
    var available: [String] = []
    if !isolatedSubnets.isEmpty { available += ["Isolated", "Deprecated_Isolated"] }
    if !privateSubnets.isEmpty { available += ["Deprecated_Private_NAT", "Private", "Deprecated_Private"] }
    if !publicSubnets.isEmpty { available += ["Public"] }
    throw selectionError(
      "NoSubnetsOfType",
      "There are no '\(type.rawValue)' subnet groups in this VPC. Available types: \(available.joined(separator: ","))"
    )
  }

  private func selectionError(_ code: String, _ message: String) -> EC2.SubnetSelectionError {
    EC2.SubnetSelectionError(code: code, message: message, path: node.path)
  }
}
