extension EC2 {
  /// The kind of a subnet group: how its subnets reach (or don't reach) the internet.
  public enum SubnetType: String, Sendable, CaseIterable {
    /// Subnets with a route to an internet gateway; NAT gateways go here.
    case `public` = "Public"
    /// Subnets whose outbound traffic goes through a NAT gateway (when the VPC has one).
    case privateWithEgress = "Private"
    /// Subnets without any route out of the VPC.
    case privateIsolated = "Isolated"
  }
}
