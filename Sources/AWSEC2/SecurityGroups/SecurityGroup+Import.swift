public import Constructs

extension EC2.SecurityGroup {
  /// A security group defined outside this app, by id.
  ///
  /// - Parameters:
  ///   - allowAllOutbound: whether the group allows all outbound traffic (default `true`); only with `false`
  ///     are egress rules added to it.
  ///   - mutable: whether rules may be added to the group (default `true`); an immutable group ignores them.
  public static func fromSecurityGroupId(
    _ scope: Construct,
    _ id: String,
    _ securityGroupID: StringValue,
    allowAllOutbound: Bool = true,
    mutable: Bool = true
  ) -> any EC2.SecurityGroupProtocol {
    ImportedSecurityGroup(
      scope, id, securityGroupID: securityGroupID, allowAllOutbound: allowAllOutbound, mutable: mutable)
  }

  /// The same as ``fromSecurityGroupId(_:_:_:allowAllOutbound:mutable:)``, spelled with `ID`.
  public static func fromSecurityGroupID(
    _ scope: Construct,
    _ id: String,
    _ securityGroupID: StringValue,
    allowAllOutbound: Bool = true,
    mutable: Bool = true
  ) -> any EC2.SecurityGroupProtocol {
    fromSecurityGroupId(scope, id, securityGroupID, allowAllOutbound: allowAllOutbound, mutable: mutable)
  }
}
