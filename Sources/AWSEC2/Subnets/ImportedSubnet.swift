import Constructs

/// A subnet defined outside this app.
final class ImportedSubnet: Construct, EC2.SubnetProtocol {
  let subnetID: StringValue
  let routeTableID: StringValue?
  private let knownAvailabilityZone: StringValue?
  private let knownIPv4CidrBlock: StringValue?
  private var reported: Set<String> = []

  init(
    _ scope: Construct,
    _ id: String,
    subnetID: StringValue,
    availabilityZone: StringValue?,
    ipv4CidrBlock: StringValue?,
    routeTableID: StringValue?
  ) {
    self.subnetID = subnetID
    self.routeTableID = routeTableID
    knownAvailabilityZone = availabilityZone.flatMap { $0.literal == "" ? nil : $0 }
    knownIPv4CidrBlock = ipv4CidrBlock.flatMap { $0.literal == "" ? nil : $0 }
    super.init(scope, id)
    if routeTableID.map({ $0.literal == "" }) ?? true {
      let reference = subnetID.literal.map { "'\($0)'" } ?? "at '\(scope.node.path)/\(id)'"
      node.addWarning(
        "NoSubnetRouteTableID",
        "No routeTableId was provided to the subnet \(reference). Attempting to read its .routeTable.routeTableId will return null/undefined. (More info: https://github.com/aws/aws-cdk/pull/3171)"
      )
    }
  }

  var availabilityZone: StringValue {
    if let knownAvailabilityZone { return knownAvailabilityZone }
    report(
      "SubnetAvailabilityZoneUnknown",
      "You cannot reference a Subnet's availability zone if it was not supplied. Add the availabilityZone when importing using Subnet.fromSubnetAttributes()"
    )
    return ""
  }

  var ipv4CidrBlock: StringValue {
    if let knownIPv4CidrBlock { return knownIPv4CidrBlock }
    report(
      "SubnetCidrBlockUnknown",
      "You cannot reference an imported Subnet's IPv4 CIDR if it was not supplied. Add the ipv4CidrBlock when importing using Subnet.fromSubnetAttributes()"
    )
    return ""
  }

  var internetConnectivityEstablished: [Construct] { [] }

  /// Records an error once, however often the missing value is read.
  private func report(_ code: String, _ message: String) {
    guard reported.insert(code).inserted else { return }
    node.addError(code, message)
  }
}
