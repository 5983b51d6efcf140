public import Constructs

extension EC2 {
  /// A subnet created by a ``VPC``: an `AWS::EC2::Subnet` with its own route table and association,
  /// tagged `Name: <path>`.
  public final class Subnet: Construct, SubnetProtocol {
    /// The kind of subnet.
    public let subnetType: SubnetType
    /// The availability zone.
    public let availabilityZone: StringValue
    /// The IPv4 CIDR block.
    public let ipv4CidrBlock: StringValue
    private let vpcID: StringValue
    private let mapPublicIPOnLaunch: Bool
    private var connectivity: [Construct] = []

    /// The `AWS::EC2::Subnet` resource (the `Subnet` child).
    public private(set) lazy var resource = CfnSubnet(
      self, "Subnet", vpcID: vpcID, availabilityZone: availabilityZone, cidrBlock: ipv4CidrBlock,
      mapPublicIPOnLaunch: mapPublicIPOnLaunch)

    /// The subnet's `AWS::EC2::RouteTable` (the `RouteTable` child).
    public private(set) lazy var routeTable = CfnRouteTable(self, "RouteTable", vpcID: vpcID)

    init(
      _ scope: Construct,
      _ id: String,
      subnetType: SubnetType,
      vpcID: StringValue,
      availabilityZone: StringValue,
      cidrBlock: String,
      mapPublicIPOnLaunch: Bool
    ) {
      self.subnetType = subnetType
      self.vpcID = vpcID
      self.availabilityZone = availabilityZone
      self.ipv4CidrBlock = StringValue(cidrBlock)
      self.mapPublicIPOnLaunch = mapPublicIPOnLaunch
      super.init(scope, id)
      Tags.of(self).add("Name", node.path)
      _ = resource
      let association = CfnSubnetRouteTableAssociation(
        self, "RouteTableAssociation", routeTableID: routeTable.ref, subnetID: subnetID)
      connectivity.append(association)
    }

    /// The subnet id, `{"Ref": <subnet>}`.
    public var subnetID: StringValue { resource.ref }

    /// The id of the subnet's route table.
    public var routeTableID: StringValue? { routeTable.ref }

    /// The route table association and the default routes.
    public var internetConnectivityEstablished: [Construct] { connectivity }

    /// Adds the default route (`0.0.0.0/0`) to an internet gateway, created after its attachment.
    func addDefaultInternetRoute(gatewayID: StringValue, attachment: CfnResource) {
      let route = CfnRoute(
        self, "DefaultRoute", routeTableID: routeTable.ref, destinationCidrBlock: "0.0.0.0/0", gatewayID: gatewayID)
      route.addDependency(attachment)
      connectivity.append(route)
    }

    /// Adds the default route (`0.0.0.0/0`) to a NAT gateway.
    func addDefaultNATRoute(natGatewayID: StringValue) {
      let route = CfnRoute(
        self, "DefaultRoute", routeTableID: routeTable.ref, destinationCidrBlock: "0.0.0.0/0",
        natGatewayID: natGatewayID)
      connectivity.append(route)
    }

    /// Adds a NAT gateway with a new Elastic IP; it is created once the subnet reaches the internet.
    func addNATGateway() -> CfnResource {
      let eip = CfnEIP(self, "EIP", domain: "vpc")
      let gateway = CfnNatGateway(self, "NATGateway", allocationID: eip.attrAllocationID, subnetID: subnetID)
      for resource in connectivity.compactMap({ $0 as? CfnResource }) { gateway.addDependency(resource) }
      return gateway
    }
  }
}
