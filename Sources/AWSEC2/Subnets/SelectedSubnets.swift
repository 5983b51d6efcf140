public import Constructs

extension EC2 {
  /// The subnets a ``SubnetSelection`` picked from a VPC.
  public struct SelectedSubnets {
    /// The subnets.
    public let subnets: [any SubnetProtocol]
    /// Whether any of them is one of the VPC's public subnets.
    public let hasPublic: Bool

    /// Subnets picked from a VPC.
    public init(subnets: [any SubnetProtocol], hasPublic: Bool) {
      self.subnets = subnets
      self.hasPublic = hasPublic
    }

    /// The subnet ids, in order.
    public var subnetIDs: [StringValue] { subnets.map(\.subnetID) }

    /// The subnets' availability zones, in order (read only when needed, since an imported subnet may not
    /// know its zone).
    public var availabilityZones: [StringValue] { subnets.map(\.availabilityZone) }

    /// The resources that give the subnets internet connectivity; depend on them from resources that need
    /// the internet while they are created.
    public var internetConnectivityEstablished: [Construct] {
      subnets.flatMap(\.internetConnectivityEstablished)
    }
  }
}
