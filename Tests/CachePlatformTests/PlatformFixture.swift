import ElastiCacheCDK
import ElastiCacheTesting
import Foundation

/// The seed's shape: a platform stack with the shared cache and service stacks, each with its own
/// access and a function bound to it.
struct PlatformFixture {
  let app: App
  let platform: Stack
  let vpc: EC2.VPC
  let shared: SharedCache
  private(set) var services: [(stack: Stack, access: ServiceCacheAccess, function: Lambda.Function)] = []

  init(engine: CacheEngine = .valkeyLatest) {
    app = App(outdir: "unused", environment: [:])
    platform = Stack(app, "CachePlatform")
    vpc = EC2.VPC(platform, "Vpc", maxAZs: 2, natGateways: 1)
    shared = SharedCache(platform, "SharedCache", platformName: "payments", vpc: vpc, engine: engine)
  }

  /// Adds a service stack (named after the service unless `stackName` is given), with a function bound to its
  /// access.
  @discardableResult
  mutating func addService(
    _ serviceName: String,
    stackName: String? = nil,
    keyspace: String? = nil,
    permissions: KeyspacePermissions = KeyspacePermissions(),
    bind: Bool = true
  ) -> ServiceCacheAccess {
    let stack = Stack(app, stackName ?? serviceName.split(separator: "-").map { $0.capitalized }.joined() + "Service")
    let access = ServiceCacheAccess(
      stack, "CacheAccess", serviceName: serviceName, keyspace: keyspace, cache: shared, permissions: permissions)
    let code = S3.Bucket.fromBucketName(stack, "Artifacts", "payments-artifacts")
    let function = Lambda.Function(
      stack, "Handler", runtime: .providedAL2023, handler: "bootstrap",
      code: .fromBucket(code, key: "\(serviceName).zip", objectVersion: "1"), vpc: vpc)
    if bind { access.bind(to: function) }
    services.append((stack, access, function))
    return access
  }

  /// The template of `stack`, from a synthesis of the whole app.
  func template(_ stack: Stack) throws -> Template { try Template(stack) }
}
