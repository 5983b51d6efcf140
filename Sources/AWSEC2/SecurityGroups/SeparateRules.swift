import Constructs

/// Adds a security group's rules as separate `AWS::EC2::SecurityGroupIngress`/`Egress` resources, placed and
/// named as the AWS CDK does: under the group as `from <peer>:<port>` / `to <peer>:<port>`, or, for a remote
/// rule with a group in another stack, under that group as `<group unique id>:<port> to|from`.
final class SeparateRules {
  private unowned let group: any EC2.SecurityGroupProtocol
  /// How many rules with a token peer the group has (each needs its own id).
  private var indirectPeerCount = 0

  init(group: any EC2.SecurityGroupProtocol) { self.group = group }

  /// Adds a rule unless a rule with the same id exists.
  func add(
    _ direction: RuleDirection,
    peer: any EC2.PeerProtocol,
    port: EC2.Port,
    description: String?,
    remoteRule: Bool
  ) {
    let description = description.map { StringValue($0) } ?? "\(direction.word) \(peer.uniqueID):\(port)"
    let (scope, id) = placement(direction, peer: peer, port: port, remoteRule: remoteRule)
    guard scope.node.tryFindChild(id) == nil else { return }
    let peerFields = direction == .ingress ? peer.toIngressRuleConfig() : peer.toEgressRuleConfig()
    let rule = peerFields.merging(port.toRuleJSON()).merging(EC2.SecurityGroupRule(description: description))
    let ipProtocol = StringValue(rule.ipProtocol ?? "")
    switch direction {
    case .ingress:
      _ = EC2.CfnSecurityGroupIngress(
        scope, id, ipProtocol: ipProtocol, cidrIP: rule.cidrIP, cidrIPv6: rule.cidrIPv6, fromPort: rule.fromPort,
        groupID: group.securityGroupID, securityGroupIngressDescription: rule.description,
        sourcePrefixListID: rule.sourcePrefixListID, sourceSecurityGroupID: rule.sourceSecurityGroupID,
        sourceSecurityGroupOwnerID: rule.sourceSecurityGroupOwnerID, toPort: rule.toPort)
    case .egress:
      _ = EC2.CfnSecurityGroupEgress(
        scope, id, groupID: group.securityGroupID, ipProtocol: ipProtocol, cidrIP: rule.cidrIP,
        cidrIPv6: rule.cidrIPv6, destinationPrefixListID: rule.destinationPrefixListID,
        destinationSecurityGroupID: rule.destinationSecurityGroupID, fromPort: rule.fromPort,
        securityGroupEgressDescription: rule.description, toPort: rule.toPort)
    }
  }

  /// Removes the rule `add` would have created with these arguments from the tree, if there is one (as the
  /// AWS CDK removes a group's "Disallow all traffic" rule once it has a real egress rule).
  func remove(_ direction: RuleDirection, peer: any EC2.PeerProtocol, port: EC2.Port) {
    let (scope, id) = placement(direction, peer: peer, port: port, remoteRule: false)
    scope.node.tryRemoveChild(id)
  }

  /// The construct a rule goes under and its id.
  private func placement(_ direction: RuleDirection, peer: any EC2.PeerProtocol, port: EC2.Port, remoteRule: Bool)
    -> (scope: Construct, id: String)
  {
    if remoteRule, let peerGroup = peer as? any EC2.SecurityGroupProtocol, Stack.of(peerGroup) !== Stack.of(group) {
      return (peerGroup, "\(Names.uniqueID(group)):\(port) \(direction.reversed.word)")
    }
    var id = "\(direction.word) \(renderedPeer(peer)):\(port)"
    if let slash = id.firstIndex(of: "/") { id.replaceSubrange(slash...slash, with: "_") }
    return (group, id)
  }

  /// The peer's unique id, or `{IndirectPeer}`, `'{IndirectPeer2}'`... for a token, exactly as the AWS CDK
  /// numbers them.
  private func renderedPeer(_ peer: any EC2.PeerProtocol) -> String {
    if let literal = peer.uniqueID.literal { return literal }
    defer { indirectPeerCount += 1 }
    return indirectPeerCount == 0 ? "{IndirectPeer}" : "'{IndirectPeer\(indirectPeerCount + 1)}'"
  }
}
