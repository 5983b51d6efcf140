public import Constructs

extension EC2 {
  /// A VPC, owned (``VPC``) or imported (``VPC/fromVPCAttributes(_:_:vpcId:availabilityZones:vpcCidrBlock:privateSubnetIds:privateSubnetNames:privateSubnetRouteTableIds:privateSubnetIpv4CidrBlocks:publicSubnetIds:publicSubnetNames:publicSubnetRouteTableIds:publicSubnetIpv4CidrBlocks:isolatedSubnetIds:isolatedSubnetNames:isolatedSubnetRouteTableIds:isolatedSubnetIpv4CidrBlocks:)``).
  public protocol VPCProtocol: Construct {
    /// The VPC id, such as `{"Ref": <vpc>}` or `vpc-12345678`.
    var vpcID: StringValue { get }
    /// The VPC's primary IPv4 CIDR block.
    ///
    /// An imported VPC without one records an error (with the AWS CDK's message) when this is read.
    var vpcCidrBlock: StringValue { get }
    /// The availability zones the VPC's subnets are spread over.
    var availabilityZones: [StringValue] { get }
    /// The public subnets.
    var publicSubnets: [any SubnetProtocol] { get }
    /// The private subnets with egress through NAT gateways.
    var privateSubnets: [any SubnetProtocol] { get }
    /// The isolated subnets.
    var isolatedSubnets: [any SubnetProtocol] { get }
    /// The resources that give the VPC internet connectivity (its internet gateway).
    var internetConnectivityEstablished: [Construct] { get }
    /// The subnets `selection` picks, as the AWS CDK picks them.
    ///
    /// - Throws: ``SubnetSelectionError`` when the selection names a type or group the VPC does not have, or
    ///   more than one of type, group name and subnets.
    func selectSubnets(_ selection: SubnetSelection) throws(SubnetSelectionError) -> SelectedSubnets
  }
}
