public import Constructs

extension EC2 {
  /// A subnet of a VPC, owned (created by ``VPC``) or imported (``Subnet/fromSubnetAttributes(_:_:subnetID:availabilityZone:ipv4CidrBlock:routeTableID:)``).
  public protocol SubnetProtocol: Construct {
    /// The subnet id, such as `{"Ref": <subnet>}` or `subnet-12345678`.
    var subnetID: StringValue { get }
    /// The availability zone of the subnet.
    ///
    /// An imported subnet without one records an error (with the AWS CDK's message) when this is read.
    var availabilityZone: StringValue { get }
    /// The IPv4 CIDR block of the subnet.
    ///
    /// An imported subnet without one records an error (with the AWS CDK's message) when this is read.
    var ipv4CidrBlock: StringValue { get }
    /// The id of the subnet's route table, when known.
    var routeTableID: StringValue? { get }
    /// The resources that give the subnet its internet connectivity (its route table association and
    /// default routes); resources that need the internet at creation depend on them.
    var internetConnectivityEstablished: [Construct] { get }
  }
}

extension EC2.SubnetProtocol {
  /// The subnet group the subnet belongs to: its construct id without the `Subnet<n>` suffix.
  var subnetGroupName: String {
    let id = node.id
    let digits = id.reversed().prefix { $0.isASCIIDigit }.count
    let withoutDigits = id.dropLast(digits)
    guard digits > 0, withoutDigits.hasSuffix("Subnet") else { return id }
    return String(withoutDigits.dropLast("Subnet".count))
  }
}
