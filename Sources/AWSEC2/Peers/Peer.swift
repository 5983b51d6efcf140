public import Constructs

extension EC2 {
  /// Factories for the peers of security group rules.
  ///
  /// An invalid literal (a CIDR range without a mask, a malformed group id) is reported, with the AWS CDK's
  /// message, as an error on the security group a rule with the peer is added to.
  public enum Peer {
    /// An IPv4 CIDR range, such as `10.0.0.0/8`.
    public static func ipv4(_ cidrIP: StringValue) -> any PeerProtocol { CidrPeer(ipv4: cidrIP) }

    /// Any IPv4 address (`0.0.0.0/0`).
    public static func anyIPv4() -> any PeerProtocol { CidrPeer(ipv4: "0.0.0.0/0") }

    /// An IPv6 CIDR range, such as `2001:db8::/32`.
    public static func ipv6(_ cidrIP: StringValue) -> any PeerProtocol { CidrPeer(ipv6: cidrIP) }

    /// Any IPv6 address (`::/0`).
    public static func anyIPv6() -> any PeerProtocol { CidrPeer(ipv6: "::/0") }

    /// A managed prefix list, such as `pl-12345678`; rules with it are always separate resources.
    public static func prefixList(_ prefixListID: StringValue) -> any PeerProtocol {
      PrefixListPeer(prefixListID: prefixListID)
    }

    /// A security group by id (`sg-...`), optionally in another account.
    public static func securityGroupID(_ securityGroupID: StringValue, sourceSecurityGroupOwnerID: StringValue? = nil)
      -> any PeerProtocol
    {
      SecurityGroupIDPeer(securityGroupID: securityGroupID, ownerID: sourceSecurityGroupOwnerID)
    }
  }
}
