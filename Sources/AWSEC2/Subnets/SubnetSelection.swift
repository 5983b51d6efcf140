public import Constructs

extension EC2 {
  /// Which subnets of a VPC to use: by type, by group name or explicitly, optionally narrowed to some
  /// availability zones or one subnet per zone.
  ///
  /// An empty selection picks the private-with-egress subnets, else the isolated ones, else the public ones.
  public struct SubnetSelection {
    /// Subnets of this type.
    public var subnetType: SubnetType?
    /// Subnets of the group with this name.
    public var subnetGroupName: String?
    /// Exactly these subnets (the zone filters don't apply to them).
    public var subnets: [any SubnetProtocol]?
    /// Only subnets in these availability zones.
    public var availabilityZones: [StringValue]?
    /// Only the first subnet in each availability zone.
    public var onePerAZ: Bool

    /// A selection; give at most one of `subnetType`, `subnetGroupName` and `subnets`.
    public init(
      subnetType: SubnetType? = nil,
      subnetGroupName: String? = nil,
      subnets: [any SubnetProtocol]? = nil,
      availabilityZones: [StringValue]? = nil,
      onePerAZ: Bool = false
    ) {
      self.subnetType = subnetType
      self.subnetGroupName = subnetGroupName
      self.subnets = subnets
      self.availabilityZones = availabilityZones
      self.onePerAZ = onePerAZ
    }
  }
}
