public import Constructs

extension EC2 {
  /// A security group, owned (``SecurityGroup``) or imported (``SecurityGroup/fromSecurityGroupId(_:_:_:allowAllOutbound:mutable:)``).
  ///
  /// A security group is also a peer: rules of other groups can allow traffic from or to it.
  public protocol SecurityGroupProtocol: Construct, PeerProtocol {
    /// The group id, such as `{"Fn::GetAtt": [<group>, "GroupId"]}` or `sg-12345678`.
    var securityGroupID: StringValue { get }
    /// Whether the group allows all outbound IPv4 traffic (then egress rules are not added).
    var allowAllOutbound: Bool { get }
    /// Adds an ingress rule allowing traffic from `peer` on `port`.
    ///
    /// With `remoteRule`, a rule with a security group in another stack is placed under that group, in its stack.
    func addIngressRule(_ peer: any PeerProtocol, _ port: Port, description: String?, remoteRule: Bool)
    /// Adds an egress rule allowing traffic to `peer` on `port`.
    ///
    /// With `remoteRule`, a rule with a security group in another stack is placed under that group, in its stack.
    func addEgressRule(_ peer: any PeerProtocol, _ port: Port, description: String?, remoteRule: Bool)
  }
}

extension EC2.SecurityGroupProtocol {
  /// Adds an ingress rule allowing traffic from `peer` on `port`, described as `from <peer>:<port>` by default.
  public func addIngressRule(_ peer: any EC2.PeerProtocol, _ port: EC2.Port, description: String? = nil) {
    addIngressRule(peer, port, description: description, remoteRule: false)
  }

  /// Adds an egress rule allowing traffic to `peer` on `port`, described as `to <peer>:<port>` by default.
  public func addEgressRule(_ peer: any EC2.PeerProtocol, _ port: EC2.Port, description: String? = nil) {
    addEgressRule(peer, port, description: description, remoteRule: false)
  }
}
