/// The IP versions a node-based cache's nodes use: IPv4, IPv6 or both.
public enum NetworkType: String, Sendable, CaseIterable {
  /// IPv4 only (ElastiCache's default).
  case ipv4 = "ipv4"
  /// IPv6 only: Valkey, Redis OSS 6.2 and Memcached 1.6.6 and later, on nodes built on the Nitro system.
  case ipv6 = "ipv6"
  /// IPv4 and IPv6, with the same requirements as ``ipv6``.
  case dualStack = "dual_stack"
}

/// The IP version a cluster's discovery commands (`CLUSTER SLOTS`, `config get cluster`) return addresses of.
public enum IPDiscovery: String, Sendable, CaseIterable {
  /// IPv4 addresses (the default).
  case ipv4 = "ipv4"
  /// IPv6 addresses; needs the ``NetworkType/ipv6`` or ``NetworkType/dualStack`` network type.
  case ipv6 = "ipv6"
}
