import CacheTestSupport
import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// A platform of services with random permissions (read-only or not, shared prefixes, channels,
/// `denyDangerousCommands`, keyspaces of one or more parts), the same for the same seed, synthesized once: each
/// service's user name and access string are read from its `AWS::ElastiCache::User`.
struct GeneratedPlatform {
  /// A service as planned and as synthesized.
  struct Service {
    let serviceName: String
    let keyspace: String
    let permissions: KeyspacePermissions
    /// The `UserName` of the service's user in the template.
    let userName: String
    /// The `AccessString` of the service's user in the template.
    let accessString: String
  }

  static let sharedPrefixes = ["common", "shared:rates", "flags.v2", "catalog-cache"]
  static let channels = ["events.orders", "broadcast", "shared:invalidations"]
  static let words = ["orders", "billing", "catalog", "search", "checkout", "ledger", "profile", "pricing"]

  /// The bundled example's services come first.
  static let exampleServices: [(String, KeyspacePermissions)] = [
    ("enrollment-api", KeyspacePermissions()),
    ("billing-api", KeyspacePermissions(sharedPrefixes: ["common", "reports"])),
    ("reporting-worker", KeyspacePermissions(readOnly: true, sharedPrefixes: ["common", "reports"])),
  ]

  let services: [Service]

  /// `count` services (at least the example's three), planned with a generator seeded with `seed`.
  init(seed: UInt64, count: Int) throws {
    var random = SplitMix64(seed: seed)
    var fixture = PlatformFixture()
    var planned: [(name: String, keyspace: String?, permissions: KeyspacePermissions)] = Self.exampleServices.map {
      ($0.0, nil, $0.1)
    }
    for index in planned.count..<count {
      let word = Self.words[index % Self.words.count]
      let keyspace: String? =
        switch Int.random(in: 0..<3, using: &random) {
        case 0: nil
        case 1: "team\(index % 4).\(word)\(index)"
        default: "apps:\(word):\(index)"
        }
      let permissions = KeyspacePermissions(
        readOnly: Int.random(in: 0..<10, using: &random) < 3,
        sharedPrefixes: Self.sharedPrefixes.filter { _ in Bool.random(using: &random) },
        channels: Self.channels.filter { _ in Int.random(in: 0..<3, using: &random) == 0 },
        denyDangerousCommands: Bool.random(using: &random))
      planned.append(("svc-\(index)-\(word)", keyspace, permissions))
    }
    for (index, service) in planned.enumerated() {
      fixture.addService(
        service.name, stackName: "Service\(index)", keyspace: service.keyspace, permissions: service.permissions,
        bind: false)
    }
    let assembly = try fixture.app.synthesize()
    services = try zip(planned, fixture.services).map { service, synthesized in
      let artifact = try #require(assembly.stack(synthesized.stack.artifactID))
      let user = try #require(Template(json: artifact.template).findResources("AWS::ElastiCache::User").first)
      return Service(
        serviceName: service.name, keyspace: service.keyspace ?? service.name, permissions: service.permissions,
        userName: try #require(user.entry["Properties"]?["UserName"]?.stringValue),
        accessString: try #require(user.entry["Properties"]?["AccessString"]?.stringValue))
    }
  }
}

/// SplitMix64: a small, fast generator whose sequence depends only on its seed.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
