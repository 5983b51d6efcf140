public import Constructs

extension ServiceCacheAccess {
  /// The problems with what a service gives: its name, keyspace, shared prefixes and channels must be literal
  /// names (``KeyspaceName``), and unconfined permissions are a warning. Every problem is listed, none stops
  /// the others.
  ///
  /// - Parameter keyspace: the keyspace given, or `nil` for the service name.
  public static func problems(serviceName: String, keyspace: String?, permissions: KeyspacePermissions) -> [Problem] {
    var problems: [Problem] = []
    if let violation = KeyspaceName.violation(in: serviceName) {
      problems.append(
        Problem(
          .invalidServiceName,
          "Service name \(quoted(serviceName)) \(violation): the service's keyspace and resource descriptions are "
            + "made from it",
          fix: "Name the service with letters, digits, '-', '_' and '.', e.g. 'billing-api'."))
    }
    func check(_ name: String, _ code: ProblemCode, _ kind: String, _ consequence: String, fix: String) {
      guard let violation = KeyspaceName.violation(in: name) else { return }
      problems.append(
        Problem(code, "\(kind) \(quoted(name)) of service \(quoted(serviceName)) \(violation)\(consequence)", fix: fix))
    }
    let parts = "letters, digits, '-', '_' and '.', with ':' between parts"
    if let keyspace {
      check(
        keyspace, .invalidKeyspace, "Keyspace", ", so '~<keyspace>:*' would not be the service's keys only",
        fix: "Use a literal prefix of \(parts), e.g. 'orders'.")
    }
    for prefix in permissions.sharedPrefixes {
      check(
        prefix, .invalidSharedPrefix, "Shared prefix", ", so '~<prefix>:*' would not be the shared keys only",
        fix: "Use a literal prefix of \(parts), e.g. 'common'.")
    }
    for channel in permissions.channels {
      check(
        channel, .invalidChannel, "Channel", ": channels are literal names, not patterns",
        fix: "Name each channel with \(parts), e.g. 'events.orders'; the service's own channels '<keyspace>:*' need "
          + "no declaration.")
    }
    if permissions.commandScope == .unconfined {
      problems.append(
        Problem(
          .unconfinedServiceAccess,
          "Service \(quoted(serviceName)) has unconfined permissions: it may run commands on the whole cache "
            + "(FLUSHALL, KEYS, SCAN, SCRIPT FLUSH...) and so read, list or delete every other service's keys",
          fix: "Use KeyspacePermissions(...) to confine the service to its keyspace, unless it is the only service "
            + "of the cache."))
    }
    return problems
  }

  /// Whether the service's name, keyspace, shared prefixes and channels are all literal names: only then are its
  /// user, secret and membership made, so that nothing unvalidated reaches an access string or a secret template.
  var hasLiteralNames: Bool {
    ([serviceName, keyspace] + permissions.sharedPrefixes + permissions.channels).allSatisfy {
      KeyspaceName.violation(in: $0) == nil
    }
  }

  /// `'text'`, with characters that would confuse the message escaped, and cut after 80 characters.
  static func quoted(_ text: String) -> String {
    let limit = 80
    let scalars = text.unicodeScalars
    let escaped = scalars.prefix(limit).map { scalar -> String in
      switch scalar {
      case "'", "\\": "\\\(scalar)"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F: "\\u{\(String(scalar.value, radix: 16))}"
      default: String(scalar)
      }
    }
    let cut = scalars.count > limit ? "…' (\(scalars.count) characters)" : "'"
    return "'\(escaped.joined())\(cut)"
  }
}
