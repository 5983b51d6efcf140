extension EC2 {
  /// One group of subnets of a ``VPC``: a subnet of this configuration is created in each availability zone.
  public struct SubnetConfiguration: Sendable, Equatable {
    /// The group name; the subnets are `<name>Subnet1`, `<name>Subnet2`... and are tagged with it.
    public var name: String
    /// The kind of subnets.
    public var subnetType: SubnetType
    /// The prefix length of each subnet's CIDR block (16 to 28); by default the space left after the groups
    /// with a mask is divided evenly between the groups without one.
    public var cidrMask: Int?
    /// Whether the group only reserves its address space, without creating subnets.
    public var reserved: Bool
    /// Whether instances in a public subnet get a public IPv4 address (default `true`); only for public subnets.
    public var mapPublicIPOnLaunch: Bool?

    /// A subnet group.
    public init(
      name: String,
      subnetType: SubnetType,
      cidrMask: Int? = nil,
      reserved: Bool = false,
      mapPublicIPOnLaunch: Bool? = nil
    ) {
      self.name = name
      self.subnetType = subnetType
      self.cidrMask = cidrMask
      self.reserved = reserved
      self.mapPublicIPOnLaunch = mapPublicIPOnLaunch
    }

    /// The configuration as the AWS CDK shows it in messages (`JSON.stringify`).
    var json: String {
      var fields = ["\"name\":\(Self.quoted(name))", "\"subnetType\":\"\(subnetType.rawValue)\""]
      if let cidrMask { fields.append("\"cidrMask\":\(cidrMask)") }
      if let mapPublicIPOnLaunch { fields.append("\"mapPublicIpOnLaunch\":\(mapPublicIPOnLaunch)") }
      if reserved { fields.append("\"reserved\":true") }
      return "{" + fields.joined(separator: ",") + "}"
    }

    private static func quoted(_ text: String) -> String {
      var escaped = ""
      for character in text {
        switch character {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        default: escaped.append(character)
        }
      }
      return "\"\(escaped)\""
    }
  }
}
