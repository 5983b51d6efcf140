public import Constructs

extension EC2 {
  /// The fields of one security group rule: who (a CIDR range, a group or a prefix list), which protocol and
  /// ports, and a description. Peers and ports each fill in their part.
  public struct SecurityGroupRule: Equatable {
    /// `IpProtocol`.
    public var ipProtocol: String?
    /// `FromPort`.
    public var fromPort: NumberValue?
    /// `ToPort`.
    public var toPort: NumberValue?
    /// `CidrIp`.
    public var cidrIP: StringValue?
    /// `CidrIpv6`.
    public var cidrIPv6: StringValue?
    /// `SourceSecurityGroupId` (ingress).
    public var sourceSecurityGroupID: StringValue?
    /// `SourceSecurityGroupOwnerId` (ingress).
    public var sourceSecurityGroupOwnerID: StringValue?
    /// `SourcePrefixListId` (ingress).
    public var sourcePrefixListID: StringValue?
    /// `DestinationSecurityGroupId` (egress).
    public var destinationSecurityGroupID: StringValue?
    /// `DestinationPrefixListId` (egress).
    public var destinationPrefixListID: StringValue?
    /// `Description`.
    public var description: StringValue?

    /// A rule with the given fields; unset fields are left out of the template.
    public init(
      ipProtocol: String? = nil,
      fromPort: NumberValue? = nil,
      toPort: NumberValue? = nil,
      cidrIP: StringValue? = nil,
      cidrIPv6: StringValue? = nil,
      sourceSecurityGroupID: StringValue? = nil,
      sourceSecurityGroupOwnerID: StringValue? = nil,
      sourcePrefixListID: StringValue? = nil,
      destinationSecurityGroupID: StringValue? = nil,
      destinationPrefixListID: StringValue? = nil,
      description: StringValue? = nil
    ) {
      self.ipProtocol = ipProtocol
      self.fromPort = fromPort
      self.toPort = toPort
      self.cidrIP = cidrIP
      self.cidrIPv6 = cidrIPv6
      self.sourceSecurityGroupID = sourceSecurityGroupID
      self.sourceSecurityGroupOwnerID = sourceSecurityGroupOwnerID
      self.sourcePrefixListID = sourcePrefixListID
      self.destinationSecurityGroupID = destinationSecurityGroupID
      self.destinationPrefixListID = destinationPrefixListID
      self.description = description
    }

    /// This rule with the fields `other` sets taking their values from `other`.
    public func merging(_ other: SecurityGroupRule) -> SecurityGroupRule {
      SecurityGroupRule(
        ipProtocol: other.ipProtocol ?? ipProtocol,
        fromPort: other.fromPort ?? fromPort,
        toPort: other.toPort ?? toPort,
        cidrIP: other.cidrIP ?? cidrIP,
        cidrIPv6: other.cidrIPv6 ?? cidrIPv6,
        sourceSecurityGroupID: other.sourceSecurityGroupID ?? sourceSecurityGroupID,
        sourceSecurityGroupOwnerID: other.sourceSecurityGroupOwnerID ?? sourceSecurityGroupOwnerID,
        sourcePrefixListID: other.sourcePrefixListID ?? sourcePrefixListID,
        destinationSecurityGroupID: other.destinationSecurityGroupID ?? destinationSecurityGroupID,
        destinationPrefixListID: other.destinationPrefixListID ?? destinationPrefixListID,
        description: other.description ?? description
      )
    }

    /// The rule as CloudFormation properties, in the order the AWS CDK renders them.
    public var properties: [CfnValue.Member] {
      CfnValue.Member.omittingNils([
        "CidrIp": cidrIP.map(CfnValue.string),
        "CidrIpv6": cidrIPv6.map(CfnValue.string),
        "Description": description.map(CfnValue.string),
        "DestinationPrefixListId": destinationPrefixListID.map(CfnValue.string),
        "DestinationSecurityGroupId": destinationSecurityGroupID.map(CfnValue.string),
        "FromPort": fromPort.map(CfnValue.init),
        "IpProtocol": ipProtocol.map { .string(StringValue($0)) },
        "SourcePrefixListId": sourcePrefixListID.map(CfnValue.string),
        "SourceSecurityGroupId": sourceSecurityGroupID.map(CfnValue.string),
        "SourceSecurityGroupOwnerId": sourceSecurityGroupOwnerID.map(CfnValue.string),
        "ToPort": toPort.map(CfnValue.init),
      ])
    }

    /// The rule as an inline ingress rule of `AWS::EC2::SecurityGroup`.
    var ingressProperty: CfnSecurityGroup.IngressProperty {
      CfnSecurityGroup.IngressProperty(
        ipProtocol: StringValue(ipProtocol ?? ""), cidrIP: cidrIP, cidrIPv6: cidrIPv6, description: description,
        fromPort: fromPort, sourcePrefixListID: sourcePrefixListID, sourceSecurityGroupID: sourceSecurityGroupID,
        sourceSecurityGroupOwnerID: sourceSecurityGroupOwnerID, toPort: toPort)
    }

    /// The rule as an inline egress rule of `AWS::EC2::SecurityGroup`.
    var egressProperty: CfnSecurityGroup.EgressProperty {
      CfnSecurityGroup.EgressProperty(
        ipProtocol: StringValue(ipProtocol ?? ""), cidrIP: cidrIP, cidrIPv6: cidrIPv6, description: description,
        destinationPrefixListID: destinationPrefixListID, destinationSecurityGroupID: destinationSecurityGroupID,
        fromPort: fromPort, toPort: toPort)
    }

    /// Whether two inline ingress rules allow the same traffic (the AWS CDK skips the second).
    func allowsSameIngress(as other: SecurityGroupRule) -> Bool {
      cidrIP == other.cidrIP && cidrIPv6 == other.cidrIPv6 && fromPort == other.fromPort && toPort == other.toPort
        && ipProtocol == other.ipProtocol && sourceSecurityGroupID == other.sourceSecurityGroupID
        && sourceSecurityGroupOwnerID == other.sourceSecurityGroupOwnerID
    }

    /// Whether two inline egress rules allow the same traffic (the AWS CDK skips the second).
    func allowsSameEgress(as other: SecurityGroupRule) -> Bool {
      cidrIP == other.cidrIP && cidrIPv6 == other.cidrIPv6 && fromPort == other.fromPort && toPort == other.toPort
        && ipProtocol == other.ipProtocol && destinationPrefixListID == other.destinationPrefixListID
        && destinationSecurityGroupID == other.destinationSecurityGroupID
    }

    /// Whether the rule allows all traffic to or from anywhere.
    var allowsAllTraffic: Bool {
      (cidrIP == "0.0.0.0/0" || cidrIPv6 == "::/0") && ipProtocol == "-1"
    }
  }
}
