public import Constructs

extension EC2 {
  /// The security groups of a resource and the rules that allow traffic between them and others.
  ///
  /// Allowing traffic between two connectables adds both sides' rules: an ingress rule on the receiving
  /// groups and an egress rule on the sending groups (which a group with `allowAllOutbound` skips).
  /// Rules placed where the AWS CDK places them: inline in an owned group, or as separate resources under
  /// the group, or under the other group when both are in different stacks (so that only one stack refers
  /// to the other).
  ///
  /// Groups added later with ``addSecurityGroup(_:)`` receive the rules requested before.
  ///
  /// Problems (such as a default-port method on connections without a default port) are recorded as errors
  /// on ``owner`` when it is set, else on the first security group, else on the other side's owner or first
  /// group; constructs that expose connections should pass themselves as `owner`.
  public final class Connections: Connectable {
    /// The port used by the `...DefaultPort...` methods, such as a cache's endpoint port.
    public let defaultPort: Port?
    /// The construct whose connections these are; problems are recorded on it.
    public private(set) weak var owner: Construct?
    private let groupList = ReactiveList<any SecurityGroupProtocol>()
    /// The peers that rules of others refer to: the security groups, or the peer these connections stand for.
    private let peerList = ReactiveList<any PeerProtocol>()
    private var skip = false
    private var remoteRule = false

    /// Connections of the given security groups (or of a peer), with an optional default port.
    public init(
      securityGroups: [any SecurityGroupProtocol] = [],
      peer: (any PeerProtocol)? = nil,
      defaultPort: Port? = nil,
      owner: Construct? = nil
    ) {
      self.defaultPort = defaultPort
      self.owner = owner
      groupList.append(contentsOf: securityGroups)
      peerList.append(contentsOf: securityGroups)
      if let peer { peerList.append(contentsOf: [peer]) }
    }

    /// These connections themselves.
    public var connections: Connections { self }

    /// The security groups, in the order they were added.
    public var securityGroups: [any SecurityGroupProtocol] { groupList.elements }

    /// Adds security groups; they receive every rule requested so far and later.
    public func addSecurityGroup(_ securityGroups: any SecurityGroupProtocol...) {
      groupList.append(contentsOf: securityGroups)
      peerList.append(contentsOf: securityGroups)
    }

    /// Allows traffic from `other` on `port`: ingress here, egress there.
    public func allowFrom(_ other: any Connectable, _ port: Port, description: String? = nil) {
      guard !skip else { return }
      let remoteRule = self.remoteRule
      let peers = other.connections.peerList
      groupList.forEachAndForever { group in
        peers.forEachAndForever { peer in
          group.addIngressRule(peer, port, description: description, remoteRule: remoteRule)
        }
      }
      mirror(on: other) { $0.allowTo(self, port, description: description) }
    }

    /// Allows traffic to `other` on `port`: egress here, ingress there.
    public func allowTo(_ other: any Connectable, _ port: Port, description: String? = nil) {
      guard !skip else { return }
      let remoteRule = self.remoteRule
      let peers = other.connections.peerList
      groupList.forEachAndForever { group in
        peers.forEachAndForever { peer in
          group.addEgressRule(peer, port, description: description, remoteRule: remoteRule)
        }
      }
      mirror(on: other) { $0.allowFrom(self, port, description: description) }
    }

    /// Allows traffic between the security groups of these connections on `port`.
    public func allowInternally(_ port: Port, description: String? = nil) {
      let peers = peerList
      groupList.forEachAndForever { group in
        peers.forEachAndForever { peer in
          group.addIngressRule(peer, port, description: description, remoteRule: false)
          group.addEgressRule(peer, port, description: description, remoteRule: false)
        }
      }
    }

    /// Allows traffic to any IPv4 address on `port`.
    public func allowToAnyIPv4(_ port: Port, description: String? = nil) {
      allowTo(Peer.anyIPv4(), port, description: description)
    }

    /// Allows traffic from any IPv4 address on `port`.
    public func allowFromAnyIPv4(_ port: Port, description: String? = nil) {
      allowFrom(Peer.anyIPv4(), port, description: description)
    }

    /// Allows traffic from `other` on this resource's default port.
    public func allowDefaultPortFrom(_ other: any Connectable, description: String? = nil) {
      guard let defaultPort = requireDefaultPort("allowDefaultPortFrom", other: other) else { return }
      allowFrom(other, defaultPort, description: description)
    }

    /// Allows traffic between the security groups of these connections on the default port.
    public func allowDefaultPortInternally(description: String? = nil) {
      guard let defaultPort = requireDefaultPort("allowDefaultPortInternally", other: nil) else { return }
      allowInternally(defaultPort, description: description)
    }

    /// Allows traffic from any IPv4 address on the default port.
    public func allowDefaultPortFromAnyIPv4(description: String? = nil) {
      guard let defaultPort = requireDefaultPort("allowDefaultPortFromAnyIPv4", other: nil) else { return }
      allowFromAnyIPv4(defaultPort, description: description)
    }

    /// Allows traffic to `other` on the other resource's default port (such as a cache's endpoint port).
    public func allowToDefaultPort(_ other: any Connectable, description: String? = nil) {
      guard let otherPort = other.connections.defaultPort else {
        report(
          "NoDefaultPort", "Cannot call allowToDefaultPort(): other resource has no default port", other: other)
        return
      }
      allowTo(other, otherPort, description: description)
    }

    /// Allows traffic to `other` on this resource's default port.
    public func allowDefaultPortTo(_ other: any Connectable, description: String? = nil) {
      guard let defaultPort = requireDefaultPort("allowDefaultPortTo", other: other) else { return }
      allowTo(other, defaultPort, description: description)
    }

    /// Runs the other side's half of a rule pair, marking its rules as remote and skipping the echo back here.
    private func mirror(on other: any Connectable, _ body: (Connections) -> Void) {
      let otherConnections = other.connections
      skip = true
      otherConnections.remoteRule = true
      defer {
        skip = false
        otherConnections.remoteRule = false
      }
      body(otherConnections)
    }

    private func requireDefaultPort(_ method: String, other: (any Connectable)?) -> Port? {
      if let defaultPort { return defaultPort }
      report("NoDefaultPort", "Cannot call \(method)(): this resource has no default port", other: other)
      return nil
    }

    /// The construct that problems of these connections are recorded on.
    private var reportingConstruct: Construct? { owner ?? groupList.elements.first }

    private func report(_ code: String, _ message: String, other: (any Connectable)?) {
      let construct = reportingConstruct ?? other?.connections.reportingConstruct
      construct?.node.addError(code, message)
    }
  }
}
