import Constructs

/// A managed prefix list as a peer; its rules are always separate resources.
final class PrefixListPeer: EC2.PeerProtocol {
  private let prefixListID: StringValue
  private(set) lazy var connections = EC2.Connections(peer: self)

  init(prefixListID: StringValue) { self.prefixListID = prefixListID }

  var uniqueID: StringValue { prefixListID }
  var canInlineRule: Bool { false }

  func toIngressRuleConfig() -> EC2.SecurityGroupRule { EC2.SecurityGroupRule(sourcePrefixListID: prefixListID) }

  func toEgressRuleConfig() -> EC2.SecurityGroupRule { EC2.SecurityGroupRule(destinationPrefixListID: prefixListID) }
}
