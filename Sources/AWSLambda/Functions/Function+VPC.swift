import AWSEC2
import Constructs

extension Lambda.Function {
  /// Places the function in `vpc`, as the AWS CDK does: the automatic security group (or the given ones),
  /// the selected subnets (never public ones unless allowed), and a dependency on the subnets' internet
  /// connectivity so that the function is created after it. Returns the `VpcConfig` property.
  ///
  /// The automatic security group's description names the function by its unique id, cut to what EC2 allows.
  ///
  /// Without a VPC, VPC options are errors.
  func configureVPC(
    _ vpc: (any EC2.VPCProtocol)?,
    vpcSubnets: EC2.SubnetSelection?,
    securityGroups: [any EC2.SecurityGroupProtocol],
    allowAllOutbound: Bool?,
    allowPublicSubnet: Bool
  ) -> Lambda.CfnFunction.VPCConfigProperty? {
    guard let vpc else {
      if allowAllOutbound != nil {
        node.addError("AllowAllOutboundRequiresVpc", "Cannot configure 'allowAllOutbound' without configuring a VPC")
      }
      if !securityGroups.isEmpty {
        node.addError("SecurityGroupsRequireVpc", "Cannot configure 'securityGroups' without configuring a VPC")
      }
      if vpcSubnets != nil {
        node.addError("VpcSubnetsRequiresVpc", "Cannot configure 'vpcSubnets' without configuring a VPC")
      }
      return nil
    }
    if allowAllOutbound != nil, !securityGroups.isEmpty {
      node.addError(
        "ConfigureAllowAllOutboundOnSecurityGroups",
        "Configure 'allowAllOutbound' directly on the supplied SecurityGroups.")
    }
    let groups =
      securityGroups.isEmpty
      ? [
        EC2.SecurityGroup(
          self, "SecurityGroup", vpc: vpc,
          description: EC2.SecurityGroup.sanitizedDescription(
            "Automatic security group for Lambda Function \(Names.uniqueID(self))"),
          allowAllOutbound: allowAllOutbound ?? true)
      ] : securityGroups
    vpcConnections = EC2.Connections(securityGroups: groups)
    let selected = vpc.selectSubnets(vpcSubnets ?? EC2.SubnetSelection(), recordingErrorsOn: self)
    let publicSubnetIDs = vpc.publicSubnets.map(\.subnetID)
    if !allowPublicSubnet, selected.subnetIDs.contains(where: publicSubnetIDs.contains) {
      node.addError(
        "LambdaFunctionsPublicSubnet",
        "Lambda Functions in a public subnet can NOT access the internet. If you are aware of this limitation and "
          + "would still like to place the function in a public subnet, set `allowPublicSubnet` to true")
    }
    for dependency in selected.internetConnectivityEstablished { node.addDependency(dependency) }
    return Lambda.CfnFunction.VPCConfigProperty(
      securityGroupIDs: StringListValue(groups.map(\.securityGroupID)), subnetIDs: StringListValue(selected.subnetIDs))
  }
}
