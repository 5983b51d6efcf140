import Constructs

/// A security group given by id, possibly owned by another account, as a peer.
final class SecurityGroupIDPeer: EC2.PeerProtocol, ValidatedPeer {
  private let securityGroupID: StringValue
  private let ownerID: StringValue?
  let problem: PeerProblem?
  private(set) lazy var connections = EC2.Connections(peer: self)

  init(securityGroupID: StringValue, ownerID: StringValue?) {
    self.securityGroupID = securityGroupID
    self.ownerID = ownerID
    if let id = securityGroupID.literal, !Self.isGroupID(id) {
      problem = PeerProblem(code: "InvalidSecurityGroupID", message: "Invalid security group ID: \"\(id)\"")
    } else if let owner = ownerID?.literal, !owner.isEmpty,
      owner.count != 12 || !owner.allSatisfy(\.isASCIIDigit)
    {
      problem = PeerProblem(
        code: "InvalidSecurityGroupOwnerID", message: "Invalid security group owner ID: \"\(owner)\"")
    } else {
      problem = nil
    }
  }

  var uniqueID: StringValue { securityGroupID }
  var canInlineRule: Bool { true }

  func toIngressRuleConfig() -> EC2.SecurityGroupRule {
    let owner = ownerID.flatMap { $0.literal == "" ? nil : $0 }
    return EC2.SecurityGroupRule(sourceSecurityGroupID: securityGroupID, sourceSecurityGroupOwnerID: owner)
  }

  func toEgressRuleConfig() -> EC2.SecurityGroupRule {
    EC2.SecurityGroupRule(destinationSecurityGroupID: securityGroupID)
  }

  /// `^sg-[a-z0-9]{8,17}$`.
  private static func isGroupID(_ id: String) -> Bool {
    guard id.hasPrefix("sg-") else { return false }
    let rest = id.dropFirst(3)
    return (8...17).contains(rest.count) && rest.allSatisfy { $0.isASCIIDigit || ("a"..."z").contains($0) }
  }
}
