public import Constructs

extension EC2 {
  /// An `AWS::EC2::VPC` with subnets in several availability zones, laid out exactly as the AWS CDK lays
  /// it out: CIDR blocks, route tables, an internet gateway, NAT gateways, tags and logical ids.
  ///
  /// By default the VPC is `10.0.0.0/16` in up to 3 availability zones (2 in an environment-agnostic stack),
  /// with a public and a private-with-egress subnet in each zone and a NAT gateway per zone.
  ///
  /// ```swift
  /// let vpc = EC2.VPC(stack, "VPC")
  /// let isolated = EC2.VPC(stack, "Isolated", natGateways: 0, subnetConfiguration: [
  ///   EC2.SubnetConfiguration(name: "Cache", subnetType: .privateIsolated, cidrMask: 24),
  /// ])
  /// ```
  ///
  /// Invalid settings (too many subnets for the range, NAT gateways without public subnets...) are recorded
  /// as errors on the VPC with the AWS CDK's messages.
  public final class VPC: Construct, VPCProtocol {
    /// The CIDR block of a VPC without `ipAddresses`.
    public static let defaultCidrRange = "10.0.0.0/16"

    /// The availability zones of the subnets (with `fake-az` entries for reserved zones, as in the AWS CDK).
    public private(set) var availabilityZones: [StringValue] = []
    /// The subnet groups.
    public private(set) var subnetConfiguration: [SubnetConfiguration] = []
    /// Whether instances get DNS hostnames.
    public let dnsHostnamesEnabled: Bool
    /// Whether the Amazon DNS server is enabled.
    public let dnsSupportEnabled: Bool
    /// The id of the internet gateway, when the VPC has one.
    public private(set) var internetGatewayID: StringValue?
    private var ownedPublicSubnets: [Subnet] = []
    private var ownedPrivateSubnets: [Subnet] = []
    private var ownedIsolatedSubnets: [Subnet] = []
    private var connectivity: [Construct] = []
    private let cidrBlock: String
    private let instanceTenancy: DefaultInstanceTenancy

    /// The `AWS::EC2::VPC` resource (the `Resource` child).
    public private(set) lazy var resource = CfnVPC(
      self, "Resource", cidrBlock: StringValue(cidrBlock), enableDNSHostnames: dnsHostnamesEnabled,
      enableDNSSupport: dnsSupportEnabled, instanceTenancy: StringValue(instanceTenancy.rawValue))

    /// A VPC.
    ///
    /// - Parameters:
    ///   - ipAddresses: the VPC's addresses (default ``defaultCidrRange``).
    ///   - cidr: the VPC's CIDR block (deprecated in the AWS CDK; use `ipAddresses`).
    ///   - maxAZs: how many of the stack's availability zones to use (default 3); not with `availabilityZones`.
    ///   - availabilityZones: the zones to use, a subset of the stack's zones.
    ///   - reservedAZs: how many more zones' worth of address space to reserve for later.
    ///   - natGateways: how many NAT gateways to create (default one per zone when there are private subnets).
    ///   - natGatewaySubnets: the public subnets for the NAT gateways (default: all public subnets).
    ///   - subnetConfiguration: the subnet groups (default: a public and a private-with-egress group, or a
    ///     public and an isolated group when `natGateways` is 0).
    ///   - enableDNSHostnames: whether instances get DNS hostnames (default `true`).
    ///   - enableDNSSupport: whether the Amazon DNS server is enabled (default `true`).
    ///   - defaultInstanceTenancy: where instances run by default (default `.default`).
    ///   - vpcName: the `Name` tag of the VPC (default: the construct path).
    ///   - createInternetGateway: whether public subnets get an internet gateway (default `true`).
    public init(
      _ scope: Construct,
      _ id: String,
      ipAddresses: IPAddresses? = nil,
      cidr: String? = nil,
      maxAZs: Int? = nil,
      availabilityZones: [String]? = nil,
      reservedAZs: Int = 0,
      natGateways: Int? = nil,
      natGatewaySubnets: SubnetSelection? = nil,
      subnetConfiguration: [SubnetConfiguration]? = nil,
      enableDNSHostnames: Bool? = nil,
      enableDNSSupport: Bool? = nil,
      defaultInstanceTenancy: DefaultInstanceTenancy = .default,
      vpcName: String? = nil,
      createInternetGateway: Bool = true
    ) {
      let requestedCidr = ipAddresses?.cidrBlock ?? cidr ?? Self.defaultCidrRange
      let network = try? CidrBlock(parsing: requestedCidr)
      cidrBlock = network?.cidr ?? requestedCidr
      dnsHostnamesEnabled = enableDNSHostnames ?? true
      dnsSupportEnabled = enableDNSSupport ?? true
      instanceTenancy = defaultInstanceTenancy
      super.init(scope, id)
      let settings = Settings(
        cidr: requestedCidr, maxAZs: maxAZs, availabilityZones: availabilityZones, reservedAZs: reservedAZs,
        natGateways: natGateways, natGatewaySubnets: natGatewaySubnets, subnetConfiguration: subnetConfiguration,
        enableDNSHostnames: enableDNSHostnames, enableDNSSupport: enableDNSSupport, vpcName: vpcName,
        createInternetGateway: createInternetGateway, conflictingAddresses: ipAddresses != nil && cidr != nil)
      do {
        try build(settings)
      } catch {
        node.addError(error.code, error.message)
      }
    }

    /// The VPC id, `{"Ref": <vpc>}`.
    public var vpcID: StringValue { resource.ref }

    /// The VPC's ARN, `arn:<partition>:ec2:<region>:<account>:vpc/<vpc id>`.
    public var vpcArn: StringValue {
      Stack.of(self).formatArn(ArnComponents(service: "ec2", resource: "vpc", resourceName: vpcID))
    }

    /// The VPC's CIDR block, `{"Fn::GetAtt": [<vpc>, "CidrBlock"]}`.
    public var vpcCidrBlock: StringValue { resource.getAtt("CidrBlock") }

    /// The VPC's default network ACL, `{"Fn::GetAtt": [<vpc>, "DefaultNetworkAcl"]}`.
    public var vpcDefaultNetworkAcl: StringValue { resource.getAtt("DefaultNetworkAcl") }

    /// The VPC's default security group, `{"Fn::GetAtt": [<vpc>, "DefaultSecurityGroup"]}`.
    public var vpcDefaultSecurityGroup: StringValue { resource.getAtt("DefaultSecurityGroup") }

    /// The public subnets, in zone order within each group.
    public var publicSubnets: [any SubnetProtocol] { ownedPublicSubnets }

    /// The private-with-egress subnets.
    public var privateSubnets: [any SubnetProtocol] { ownedPrivateSubnets }

    /// The isolated subnets.
    public var isolatedSubnets: [any SubnetProtocol] { ownedIsolatedSubnets }

    /// The internet gateway, when the VPC has one.
    public var internetConnectivityEstablished: [Construct] { connectivity }

    /// The initializer's arguments, for the steps of ``build(_:)``.
    private struct Settings {
      let cidr: String
      let maxAZs: Int?
      let availabilityZones: [String]?
      let reservedAZs: Int
      let natGateways: Int?
      let natGatewaySubnets: SubnetSelection?
      let subnetConfiguration: [SubnetConfiguration]?
      let enableDNSHostnames: Bool?
      let enableDNSSupport: Bool?
      let vpcName: String?
      let createInternetGateway: Bool
      let conflictingAddresses: Bool
    }

    /// Creates the VPC's resources in the AWS CDK's order; stops at the first problem, as the AWS CDK does.
    private func build(_ settings: Settings) throws(EC2Error) {
      if settings.enableDNSHostnames == true, settings.enableDNSSupport == false {
        throw EC2Error(
          code: "DNSHostnamesWithoutDNSSupport",
          message: "To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled.")
      }
      if settings.availabilityZones != nil, settings.maxAZs != nil {
        throw EC2Error(
          code: "AvailabilityZonesAndMaxAZs", message: "Vpc supports 'availabilityZones' or 'maxAzs', but not both.")
      }
      if settings.conflictingAddresses {
        throw EC2Error(code: "IPAddressesAndCidr", message: "supply at most one of ipAddresses or cidr")
      }
      var builder = NetworkBuilder(try CidrBlock(parsing: settings.cidr))
      _ = resource
      Tags.of(self).add("Name", settings.vpcName.flatMap { $0.isEmpty ? nil : $0 } ?? node.path)
      availabilityZones = try chooseAvailabilityZones(settings)
      subnetConfiguration =
        settings.subnetConfiguration
        ?? [
          SubnetConfiguration(name: "Public", subnetType: .public),
          settings.natGateways == 0
            ? SubnetConfiguration(name: "Isolated", subnetType: .privateIsolated)
            : SubnetConfiguration(name: "Private", subnetType: .privateWithEgress),
        ]
      let natGatewayCount = try countNATGateways(requested: settings.natGateways)
      try createSubnets(&builder)
      let needsGateway = subnetConfiguration.contains { $0.subnetType != .privateIsolated && !$0.reserved }
      guard needsGateway, settings.createInternetGateway else { return }
      let gateway = CfnInternetGateway(self, "IGW")
      internetGatewayID = gateway.ref
      connectivity.append(gateway)
      let attachment = CfnVPCGatewayAttachment(self, "VPCGW", vpcID: vpcID, internetGatewayID: gateway.ref)
      for subnet in ownedPublicSubnets {
        subnet.addDefaultInternetRoute(gatewayID: gateway.ref, attachment: attachment)
      }
      if natGatewayCount > 0 {
        try createNATGateways(
          count: natGatewayCount, placement: settings.natGatewaySubnets ?? SubnetSelection(subnetType: .public))
      }
    }

    private func chooseAvailabilityZones(_ settings: Settings) throws(EC2Error) -> [StringValue] {
      let stack = Stack.of(self)
      let stackZones = stack.availabilityZones
      var zones: [StringValue]
      if let requested = settings.availabilityZones {
        let known = stackZones.compactMap(\.literal).filter { !["dummy1a", "dummy1b", "dummy1c"].contains($0) }
        if !known.isEmpty, !requested.allSatisfy(known.contains) {
          throw EC2Error(
            code: "AvailabilityZonesNotInStack",
            message:
              "Given VPC 'availabilityZones' \(requested.joined(separator: ",")) must be a subset of the stack's availability zones \(known.joined(separator: ","))"
          )
        }
        zones = requested.map { StringValue($0) }
      } else {
        zones = Array(stackZones.prefix(max(settings.maxAZs ?? 3, 0)))
      }
      zones += Array(repeating: Self.fakeAvailabilityZone, count: max(settings.reservedAZs, 0))
      return zones
    }

    /// How many NAT gateways the VPC gets.
    private func countNATGateways(requested: Int?) throws(EC2Error) -> Int {
      let hasPrivate = subnetConfiguration.contains { $0.subnetType == .privateWithEgress && !$0.reserved }
      let hasPublic = subnetConfiguration.contains { $0.subnetType == .public && !$0.reserved }
      let count = requested.map { min($0, availabilityZones.count) } ?? (hasPrivate ? availabilityZones.count : 0)
      if count > 0, !hasPublic {
        throw EC2Error(
          code: "NATGatewaysWithoutPublicSubnets",
          message:
            "If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure PUBLIC subnets to put the NAT gateways into (got [\(subnetConfiguration.map(\.json).joined(separator: ","))]."
        )
      }
      return count
    }

    /// Allocates every group's CIDR blocks (masked groups first, the rest sharing what is left) and
    /// creates the subnets of the groups that are not reserved.
    private func createSubnets(_ builder: inout NetworkBuilder) throws(EC2Error) {
      let requests = subnetConfiguration.flatMap { configuration in
        availabilityZones.enumerated().map {
          (configuration: configuration, zone: $1, id: "\(configuration.name)Subnet\($0 + 1)")
        }
      }
      var blocks = [String?](repeating: nil, count: requests.count)
      for (index, request) in requests.enumerated() {
        if let mask = request.configuration.cidrMask { blocks[index] = try builder.addSubnet(mask: mask) }
      }
      let unmasked = requests.indices.filter { requests[$0].configuration.cidrMask == nil }
      if !unmasked.isEmpty {
        let mask = try builder.maskForRemainingSubnets(unmasked.count)
        for index in unmasked { blocks[index] = try builder.addSubnet(mask: mask) }
      }
      for (request, block) in zip(requests, blocks) {
        let (configuration, zone, id) = request
        guard let block, !configuration.reserved, zone != Self.fakeAvailabilityZone else { continue }
        let subnet = Subnet(
          self, id, subnetType: configuration.subnetType, vpcID: vpcID, availabilityZone: zone, cidrBlock: block,
          mapPublicIPOnLaunch: try mapPublicIPOnLaunch(configuration))
        switch configuration.subnetType {
        case .public: ownedPublicSubnets.append(subnet)
        case .privateWithEgress: ownedPrivateSubnets.append(subnet)
        case .privateIsolated: ownedIsolatedSubnets.append(subnet)
        }
        let subnetTypes = ["AWS::EC2::Subnet"]
        Tags.of(subnet).add("aws-cdk:subnet-name", configuration.name, includeResourceTypes: subnetTypes)
        Tags.of(subnet).add(
          "aws-cdk:subnet-type", configuration.subnetType.rawValue, includeResourceTypes: subnetTypes)
      }
    }

    private func mapPublicIPOnLaunch(_ configuration: SubnetConfiguration) throws(EC2Error) -> Bool {
      if configuration.subnetType == .public { return configuration.mapPublicIPOnLaunch ?? true }
      if configuration.mapPublicIPOnLaunch != nil {
        throw EC2Error(
          code: "MapPublicIPOnLaunchNotAllowed",
          message: "\(configuration.subnetType.rawValue) subnet cannot include mapPublicIpOnLaunch parameter")
      }
      return false
    }

    /// Creates NAT gateways in the first `count` selected public subnets and routes each private subnet
    /// through the gateway in its zone (or the gateways in turn).
    private func createNATGateways(count: Int, placement: SubnetSelection) throws(EC2Error) {
      let natSubnets: [any SubnetProtocol]
      do {
        natSubnets = try selectSubnetObjects(placement)
      } catch {
        throw EC2Error(code: error.code, message: error.message)
      }
      var publicSubnets: [Subnet] = []
      for subnet in natSubnets {
        guard let owned = ownedPublicSubnets.first(where: { $0 === subnet }) else {
          throw EC2Error(
            code: "NATGatewayInNonPublicSubnet",
            message: "natGatewayPlacement [object Object] contains non public subnet \(subnet.node.path)")
        }
        publicSubnets.append(owned)
      }
      var gateways = NATGatewayChoice()
      for subnet in publicSubnets.prefix(count) {
        gateways.add(zone: subnet.availabilityZone, gatewayID: subnet.addNATGateway().ref)
      }
      for subnet in ownedPrivateSubnets {
        subnet.addDefaultNATRoute(natGatewayID: try gateways.pick(for: subnet.availabilityZone))
      }
    }

    /// The zone name of reserved zones, which get address space but no subnets.
    private static var fakeAvailabilityZone: StringValue { "fake-az" }
  }
}
