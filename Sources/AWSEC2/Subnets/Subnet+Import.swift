public import Constructs

extension EC2.Subnet {
  /// A subnet defined outside this app, by id.
  ///
  /// Reading its availability zone or CIDR block records an error; use
  /// ``fromSubnetAttributes(_:_:subnetID:availabilityZone:ipv4CidrBlock:routeTableID:)`` to give them.
  public static func fromSubnetID(_ scope: Construct, _ id: String, _ subnetID: StringValue) -> any EC2.SubnetProtocol {
    fromSubnetAttributes(scope, id, subnetID: subnetID)
  }

  /// A subnet defined outside this app, with what is known about it.
  ///
  /// Without a route table id, a warning says that the route table is unknown (as in the AWS CDK).
  public static func fromSubnetAttributes(
    _ scope: Construct,
    _ id: String,
    subnetID: StringValue,
    availabilityZone: StringValue? = nil,
    ipv4CidrBlock: StringValue? = nil,
    routeTableID: StringValue? = nil
  ) -> any EC2.SubnetProtocol {
    ImportedSubnet(
      scope, id, subnetID: subnetID, availabilityZone: availabilityZone, ipv4CidrBlock: ipv4CidrBlock,
      routeTableID: routeTableID)
  }
}
