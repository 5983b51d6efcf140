import Constructs

extension ServiceCacheAccess {
  /// The other services of the app on the same shared cache (the same platform name), in tree order.
  var peerServices: [ServiceCacheAccess] {
    node.root.node.findAll().compactMap { $0 as? ServiceCacheAccess }.filter {
      $0 !== self && $0.sharedCache.platformName == sharedCache.platformName
    }
  }

  /// Reports, on this service, every way it and another service of the shared cache reach each other's keys or
  /// channels: equal or nested keyspaces, a shared prefix inside a keyspace, a declared channel inside another
  /// service's channels (`<keyspace>:*`). Names that are not literal are reported elsewhere and skipped here.
  func checkKeyspaceConflicts(_ report: inout ValidationReport) {
    let mine = Claims(self)
    let service = Self.quoted(serviceName)
    for peer in peerServices {
      let theirs = Claims(peer)
      let other = "\(Self.quoted(peer.serviceName)) (\(peer.node.path))"
      if let keyspace = mine.keyspace, let otherKeyspace = theirs.keyspace, keyspace.overlaps(otherKeyspace) {
        report.add(keyspaceConflict(keyspace, with: peer, keyspace: otherKeyspace))
      }
      for (prefix, keyspace) in mine.sharedPrefixes(reaching: theirs) {
        report.error(
          .sharedPrefixInKeyspace,
          "Shared prefix '\(prefix)' of service \(service) matches keys of service \(other), whose keyspace is "
            + "'\(keyspace)', so this service can read and write them",
          fix: Self.sharedPrefixFix)
      }
      for (prefix, keyspace) in theirs.sharedPrefixes(reaching: mine) {
        report.error(
          .sharedPrefixInKeyspace,
          "Keyspace '\(keyspace)' of service \(service) is reached by shared prefix '\(prefix)' of service \(other), "
            + "so that service can read and write this service's keys",
          fix: Self.sharedPrefixFix)
      }
      for (channel, keyspace) in mine.channels(inside: theirs) {
        report.error(
          .channelInKeyspace,
          "Channel '\(channel)' of service \(service) lies in the channels of service \(other), "
            + "'\(keyspace.keyPattern)'",
          fix: Self.channelFix)
      }
      for (channel, keyspace) in theirs.channels(inside: mine) {
        report.error(
          .channelInKeyspace,
          "Channel '\(channel)' of service \(other) lies in the channels of service \(service), "
            + "'\(keyspace.keyPattern)'",
          fix: Self.channelFix)
      }
    }
  }

  private func keyspaceConflict(_ keyspace: KeyspaceName, with peer: ServiceCacheAccess, keyspace other: KeyspaceName)
    -> Problem
  {
    let fix =
      "Give every service of a shared cache a keyspace of its own (keyspace:) that is not another's followed "
      + "by ':', e.g. 'orders' and 'order-reports'."
    let platform = "the shared cache of platform '\(sharedCache.platformName)'"
    let (service, otherService) = (Self.quoted(serviceName), "\(Self.quoted(peer.serviceName)) (\(peer.node.path))")
    if keyspace == other {
      return Problem(
        .overlappingKeyspaces,
        "Services \(service) and \(otherService) both use keyspace '\(keyspace)' in \(platform), so each can read, "
          + "write and delete the other's keys",
        fix: fix)
    }
    let (outer, inner) = keyspace.contains(other) ? (keyspace, other) : (other, keyspace)
    return Problem(
      .overlappingKeyspaces,
      "Keyspace '\(keyspace)' of service \(service) and keyspace '\(other)' of service \(otherService) nest in "
        + "\(platform): '\(outer.keyPattern)' matches every key of '\(inner.keyPattern)'",
      fix: fix)
  }

  private static let sharedPrefixFix =
    "Share keys under a prefix that is no service's keyspace, e.g. 'common' or 'reports', and keep each "
    + "keyspace to its service."

  private static let channelFix =
    "Declare channels outside every service's keyspace, e.g. 'events.orders'; a service uses its own channels "
    + "'<keyspace>:...' without declaring them."

  /// The literal names a service claims in the shared cache (those that are not literal left out).
  private struct Claims {
    let keyspace: KeyspaceName?
    let sharedPrefixes: [KeyspaceName]
    let channels: [KeyspaceName]

    init(_ access: ServiceCacheAccess) {
      keyspace = KeyspaceName(access.keyspace)
      sharedPrefixes = access.permissions.sharedPrefixes.compactMap(KeyspaceName.init)
      channels = access.permissions.channels.compactMap(KeyspaceName.init)
    }

    /// The shared prefixes that match keys of `other`'s keyspace, with that keyspace.
    func sharedPrefixes(reaching other: Claims) -> [(KeyspaceName, KeyspaceName)] {
      guard let keyspace = other.keyspace else { return [] }
      return sharedPrefixes.filter { $0.overlaps(keyspace) }.map { ($0, keyspace) }
    }

    /// The declared channels that lie in `other`'s channels (`<keyspace>:*`), with its keyspace.
    func channels(inside other: Claims) -> [(KeyspaceName, KeyspaceName)] {
      guard let keyspace = other.keyspace else { return [] }
      return channels.filter { keyspace.contains($0) }.map { ($0, keyspace) }
    }
  }
}
