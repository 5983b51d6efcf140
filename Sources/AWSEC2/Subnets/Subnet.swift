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
    public private(set) lazy var resource = EC2Resource.taggable(
      self, "Subnet", type: "AWS::EC2::Subnet",
      properties: [
        "VpcId": .string(vpcID), "CidrBlock": .string(ipv4CidrBlock), "AvailabilityZone": .string(availabilityZone),
        "MapPublicIpOnLaunch": .bool(mapPublicIPOnLaunch),
      ])

    /// The subnet's `AWS::EC2::RouteTable` (the `RouteTable` child).
    public private(set) lazy var routeTable = EC2Resource.taggable(
      self, "RouteTable", type: "AWS::EC2::RouteTable", properties: ["VpcId": .string(vpcID)])

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
      let association = CfnResource(
        self, "RouteTableAssociation", type: "AWS::EC2::SubnetRouteTableAssociation",
        properties: ["SubnetId": .string(subnetID), "RouteTableId": .string(routeTable.ref)])
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
      let route = CfnResource(
        self, "DefaultRoute", type: "AWS::EC2::Route",
        properties: [
          "RouteTableId": .string(routeTable.ref), "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": .string(gatewayID),
        ])
      route.addDependency(attachment)
      connectivity.append(route)
    }

    /// Adds the default route (`0.0.0.0/0`) to a NAT gateway.
    func addDefaultNATRoute(natGatewayID: StringValue) {
      let route = CfnResource(
        self, "DefaultRoute", type: "AWS::EC2::Route",
        properties: [
          "RouteTableId": .string(routeTable.ref), "DestinationCidrBlock": "0.0.0.0/0",
          "NatGatewayId": .string(natGatewayID),
        ])
      connectivity.append(route)
    }

    /// Adds a NAT gateway with a new Elastic IP; it is created once the subnet reaches the internet.
    func addNATGateway() -> CfnResource {
      let eip = EC2Resource.taggable(self, "EIP", type: "AWS::EC2::EIP", properties: ["Domain": "vpc"])
      let gateway = EC2Resource.taggable(
        self, "NATGateway", type: "AWS::EC2::NatGateway",
        properties: ["SubnetId": .string(subnetID), "AllocationId": .string(eip.getAtt("AllocationId"))])
      for resource in connectivity.compactMap({ $0 as? CfnResource }) { gateway.addDependency(resource) }
      return gateway
    }
  }
}
