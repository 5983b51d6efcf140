/// EC14: no ingress to a cache's port from the whole internet.
struct OpenCachePortRule: CacheRule {
  let description = RuleDescription(
    code: .cachePortOpenToInternet,
    title: "Cache port not open to the internet",
    resources: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
    checks: """
      No ingress rule of a security group attached to a cache (inline `SecurityGroupIngress`, or an \
      `AWS::EC2::SecurityGroupIngress` whose `GroupId` is the group, across the templates of an assembly) lets \
      `0.0.0.0/0` or `::/0` reach the cache's port: TCP or all protocols, with a port range that covers it \
      (6379 by default, 6380 for serverless readers, 11211 for Memcached, or the `Port` set).
      """,
    rationale: """
      Security groups are the cache's first line of defence; a rule open to the world exposes the cache to any \
      host that can route to it. Seed 004 (§6.7, §12 "Network exposure": "Do not open Redis port 6379 to \
      0.0.0.0/0. Restrict access to only application security groups") and \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VPCs.html.
      """,
    fix: """
      Allow the clients' security groups instead (`cache.connections.allowDefaultPortFrom(function)` in Swift, \
      `SourceSecurityGroupId` in a template), or a narrow CIDR range of your network.
      """,
    peers: ["none ElastiCache-specific; cfn_nag W2 flags world-open ingress on any port of any security group"],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    var violations: [Violation] = []
    var reported = Set<String>()
    for cache in inventory.caches where !cache.isReplicationGroupMember {
      let groups = Set(inventory.securityGroups(of: cache))
      guard !groups.isEmpty else { continue }
      let ports = cachePorts(cache)
      for rule in inventory.ingressRules where groups.contains(rule.target) {
        guard let source = openSource(rule.rule), let port = coveredPort(rule.rule, ports) else { continue }
        let key = "\(rule.holder.key.template)/\(rule.holder.logicalID)/\(cache.record.logicalID)"
        guard reported.insert(key).inserted else { continue }
        let portText = port.map { "port \($0)" } ?? "the port"
        let when = rule.circumstances.isEmpty ? "" : " when " + rule.circumstances.joined(separator: " and ")
        violations.append(
          Violation(
            rule.holder,
            "An ingress rule lets \(source) reach \(portText) of \(cache.kindName) \(cache.displayName)\(when)."))
      }
    }
    return violations
  }

  /// The ports clients use, or `nil` when the port is known only at deployment.
  private func cachePorts(_ cache: CacheResource) -> [Int]? {
    let memcached = cache.engineFamily == .memcached
    switch cache.kind {
    case .serverlessCache: return memcached ? [11211, 11212] : [6379, 6380]
    case .replicationGroup, .cacheCluster:
      let port = cache.properties["Port"]
      if port.isMissing { return [memcached ? 11211 : 6379] }
      let known = port.possibilities.compactMap(\.value.integerValue)
      return known.isEmpty ? nil : known
    }
  }

  /// `0.0.0.0/0` or `::/0` when the rule's source is the whole internet.
  private func openSource(_ rule: Resolved) -> String? {
    for (property, name) in [("CidrIp", "0.0.0.0/0"), ("CidrIpv6", "::/0")] {
      for possibility in rule[property].possibilities {
        guard let cidr = possibility.value.literalText?.trimmingWhitespace, let slash = cidr.lastIndex(of: "/") else {
          continue
        }
        if Int(cidr[cidr.index(after: slash)...]) == 0 { return name }
      }
    }
    return nil
  }

  /// The cache port the rule opens (`.some(nil)` when a port known only at deployment may be), or `nil`.
  private func coveredPort(_ rule: Resolved, _ ports: [Int]?) -> Int?? {
    let protocols = rule["IpProtocol"].possibilities.map { $0.value.literalText?.lowercased() }
    let allProtocols = protocols.contains { $0 == "-1" || $0 == "all" }
    let tcp = protocols.contains { $0 == nil || $0 == "tcp" || $0 == "6" }
    guard allProtocols || tcp else { return nil }
    guard let ports else { return .some(nil) }
    if allProtocols { return .some(ports.first) }
    let from = rule["FromPort"].possibilities.map(\.value.integerValue)
    let to = rule["ToPort"].possibilities.map(\.value.integerValue)
    for port in ports {
      for low in from {
        for high in to {
          guard let low, let high else { return .some(port) }
          if low == -1 || high == -1 || (low...max(low, high)).contains(port) { return .some(port) }
        }
      }
    }
    return nil
  }
}
