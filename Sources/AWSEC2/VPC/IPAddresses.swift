extension EC2 {
  /// Where a ``VPC`` gets its IPv4 addresses.
  public struct IPAddresses: Sendable, Equatable {
    /// The VPC's CIDR block.
    public let cidrBlock: String

    /// A fixed CIDR block, such as `10.0.0.0/16`, divided into subnets at synthesis.
    public static func cidr(_ cidrBlock: String) -> IPAddresses { IPAddresses(cidrBlock: cidrBlock) }
  }
}
