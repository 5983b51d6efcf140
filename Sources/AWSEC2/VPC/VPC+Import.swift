public import Constructs

extension EC2.VPC {
  /// A VPC defined outside this app, with its subnets.
  ///
  /// Each list of subnet ids holds one subnet per availability zone for each subnet group, group after
  /// group (`[a1, b1, a2, b2]` for two groups in zones `a` and `b`); name the groups with `...SubnetNames`
  /// (default `Public`, `Private`, `Isolated`). Give route table ids (one per subnet) so that the subnets'
  /// route tables are known.
  ///
  /// ```swift
  /// let vpc = EC2.VPC.fromVPCAttributes(stack, "Vpc", vpcId: "vpc-...", availabilityZones: ["us-east-1a", "us-east-1b"],
  ///                                     privateSubnetIds: ["subnet-1", "subnet-2"], publicSubnetIds: ["subnet-3", "subnet-4"])
  /// ```
  public static func fromVPCAttributes(
    _ scope: Construct,
    _ id: String,
    vpcId: StringValue,
    availabilityZones: [StringValue],
    vpcCidrBlock: StringValue? = nil,
    privateSubnetIds: [StringValue]? = nil,
    privateSubnetNames: [String]? = nil,
    privateSubnetRouteTableIds: [StringValue]? = nil,
    privateSubnetIpv4CidrBlocks: [StringValue]? = nil,
    publicSubnetIds: [StringValue]? = nil,
    publicSubnetNames: [String]? = nil,
    publicSubnetRouteTableIds: [StringValue]? = nil,
    publicSubnetIpv4CidrBlocks: [StringValue]? = nil,
    isolatedSubnetIds: [StringValue]? = nil,
    isolatedSubnetNames: [String]? = nil,
    isolatedSubnetRouteTableIds: [StringValue]? = nil,
    isolatedSubnetIpv4CidrBlocks: [StringValue]? = nil
  ) -> any EC2.VPCProtocol {
    ImportedVPC(
      scope, id, vpcID: vpcId, availabilityZones: availabilityZones, cidrBlock: vpcCidrBlock,
      groups: [
        ImportedSubnetGroup(
          type: .public, ids: publicSubnetIds ?? [], names: publicSubnetNames, routeTableIDs: publicSubnetRouteTableIds,
          ipv4CidrBlocks: publicSubnetIpv4CidrBlocks),
        ImportedSubnetGroup(
          type: .privateWithEgress, ids: privateSubnetIds ?? [], names: privateSubnetNames,
          routeTableIDs: privateSubnetRouteTableIds, ipv4CidrBlocks: privateSubnetIpv4CidrBlocks),
        ImportedSubnetGroup(
          type: .privateIsolated, ids: isolatedSubnetIds ?? [], names: isolatedSubnetNames,
          routeTableIDs: isolatedSubnetRouteTableIds, ipv4CidrBlocks: isolatedSubnetIpv4CidrBlocks),
      ])
  }
}
