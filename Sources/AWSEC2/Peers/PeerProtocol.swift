public import Constructs

extension EC2 {
  /// What a security group rule allows traffic from or to: an IP range, a prefix list or a security group.
  ///
  /// Create peers with ``Peer``; every security group is a peer as well.
  public protocol PeerProtocol: Connectable {
    /// What identifies the peer in rule ids and default descriptions: the CIDR range, the prefix list or
    /// group id, or a security group's unique id.
    var uniqueID: StringValue { get }
    /// Whether rules with this peer can be written inline in an owned security group.
    var canInlineRule: Bool { get }
    /// The peer's fields of an ingress rule (`CidrIp`, `SourceSecurityGroupId`...).
    func toIngressRuleConfig() -> SecurityGroupRule
    /// The peer's fields of an egress rule (`CidrIp`, `DestinationSecurityGroupId`...).
    func toEgressRuleConfig() -> SecurityGroupRule
  }
}
