import Constructs

/// An IPv4 or IPv6 CIDR range as a peer.
final class CidrPeer: EC2.PeerProtocol, ValidatedPeer {
  private let cidr: StringValue
  private let isIPv6: Bool
  let problem: PeerProblem?
  private(set) lazy var connections = EC2.Connections(peer: self)

  init(ipv4 cidr: StringValue) {
    self.cidr = cidr
    isIPv6 = false
    problem = cidr.literal.flatMap(Self.ipv4Problem)
  }

  init(ipv6 cidr: StringValue) {
    self.cidr = cidr
    isIPv6 = true
    problem = cidr.literal.flatMap(Self.ipv6Problem)
  }

  var uniqueID: StringValue { cidr }
  var canInlineRule: Bool { true }

  func toIngressRuleConfig() -> EC2.SecurityGroupRule { toEgressRuleConfig() }

  func toEgressRuleConfig() -> EC2.SecurityGroupRule {
    isIPv6 ? EC2.SecurityGroupRule(cidrIPv6: cidr) : EC2.SecurityGroupRule(cidrIP: cidr)
  }

  /// `^(\d{1,3}\.){3}\d{1,3}(\/\d+)?$`, and a mask is required.
  private static func ipv4Problem(_ cidr: String) -> PeerProblem? {
    let (address, mask) = split(cidr)
    let octets = address.split(separator: ".", omittingEmptySubsequences: false)
    let addressIsValid =
      octets.count == 4 && octets.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
    guard addressIsValid, mask.map(isDigits) ?? true else {
      return PeerProblem(code: "InvalidIPv4CIDR", message: "Invalid IPv4 CIDR: \"\(cidr)\"")
    }
    guard mask != nil else {
      return PeerProblem(
        code: "CIDRMaskMissingIPv4", message: "CIDR mask is missing in IPv4: \"\(cidr)\". Did you mean \"\(cidr)/32\"?")
    }
    return nil
  }

  /// `^([\da-f]{0,4}:){2,7}([\da-f]{0,4})?(\/\d+)?$`, and a mask is required.
  private static func ipv6Problem(_ cidr: String) -> PeerProblem? {
    let (address, mask) = split(cidr)
    let groups = address.split(separator: ":", omittingEmptySubsequences: false)
    let addressIsValid =
      (3...8).contains(groups.count)
      && groups.allSatisfy { $0.count <= 4 && $0.allSatisfy { $0.isASCIIDigit || ("a"..."f").contains($0) } }
    guard addressIsValid, mask.map(isDigits) ?? true else {
      return PeerProblem(code: "InvalidIPv6CIDR", message: "Invalid IPv6 CIDR: \"\(cidr)\"")
    }
    guard mask != nil else {
      return PeerProblem(
        code: "CIDRMaskMissingIPv6", message: "CIDR mask is missing in IPv6: \"\(cidr)\". Did you mean \"\(cidr)/128\"?"
      )
    }
    return nil
  }

  private static func split(_ cidr: String) -> (address: Substring, mask: Substring?) {
    guard let slash = cidr.firstIndex(of: "/") else { return (cidr[...], nil) }
    return (cidr[..<slash], cidr[cidr.index(after: slash)...])
  }

  private static func isDigits(_ text: Substring) -> Bool { !text.isEmpty && text.allSatisfy(\.isASCIIDigit) }
}

extension Character {
  /// Whether the character is one of `0`...`9`.
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
