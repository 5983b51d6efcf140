import Constructs

/// A security group defined outside this app. Its rules are separate resources; a mutable import takes
/// ingress rules, and egress rules only when imported with `allowAllOutbound: false`.
final class ImportedSecurityGroup: Construct, EC2.SecurityGroupProtocol {
  let securityGroupID: StringValue
  let allowAllOutbound: Bool
  private let isMutable: Bool
  private lazy var separateRules = SeparateRules(group: self)
  private(set) lazy var connections = EC2.Connections(securityGroups: [self])

  init(_ scope: Construct, _ id: String, securityGroupID: StringValue, allowAllOutbound: Bool, mutable: Bool) {
    self.securityGroupID = securityGroupID
    self.allowAllOutbound = allowAllOutbound
    isMutable = mutable
    super.init(scope, id)
  }

  var uniqueID: StringValue { StringValue(Names.uniqueID(self)) }
  var canInlineRule: Bool { false }

  func toIngressRuleConfig() -> EC2.SecurityGroupRule { EC2.SecurityGroupRule(sourceSecurityGroupID: securityGroupID) }

  func toEgressRuleConfig() -> EC2.SecurityGroupRule {
    EC2.SecurityGroupRule(destinationSecurityGroupID: securityGroupID)
  }

  func addIngressRule(_ peer: any EC2.PeerProtocol, _ port: EC2.Port, description: String?, remoteRule: Bool) {
    guard peer.isUsable(reportingOn: self), isMutable else { return }
    separateRules.add(.ingress, peer: peer, port: port, description: description, remoteRule: remoteRule)
  }

  func addEgressRule(_ peer: any EC2.PeerProtocol, _ port: EC2.Port, description: String?, remoteRule: Bool) {
    guard peer.isUsable(reportingOn: self), isMutable, !allowAllOutbound else { return }
    separateRules.add(.egress, peer: peer, port: port, description: description, remoteRule: remoteRule)
  }
}
