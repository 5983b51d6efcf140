public import Constructs

/// The adoption checklist of the shared-cache pattern, evaluated for every service of a synthesized app:
///
/// 1. the service's user and generated secret exist, and the user's password comes from the secret;
/// 2. each bound function gets the secret's ARN in its environment (`REDIS_SECRET_ARN`);
/// 3. the function's role may read that secret and no other;
/// 4. the network lets the function reach the cache's port;
/// 5. the health check is wired (`REDIS_HEALTH_CHECK`);
/// 6. the old cache configuration is gone from the function's environment.
public struct MigrationChecklist {
  /// One step of the checklist for one service.
  public struct Step: Sendable, Equatable {
    /// The step's number, 1 to 6.
    public let number: Int
    /// What the step asks for.
    public let title: String
    /// Whether the app does it.
    public let isDone: Bool
    /// What was found, or what is missing and how to fix it.
    public let detail: String
  }

  /// The checklist of one service.
  public struct ServiceReport: Sendable {
    /// The service's name.
    public let serviceName: String
    /// The construct path of its access.
    public let path: String
    /// The six steps.
    public let steps: [Step]

    /// Whether every step is done.
    public var isComplete: Bool { steps.allSatisfy(\.isDone) }
  }

  /// Environment variables of a cache configuration that the secret replaces.
  public static let legacyVariables: Set<String> = [
    "REDIS_URL", "REDIS_HOST", "REDIS_PORT", "REDIS_USERNAME", "REDIS_PASSWORD", "REDIS_ENDPOINT", "REDIS_AUTH_TOKEN",
    "REDIS_TLS", "CACHE_URL", "CACHE_HOST", "CACHE_ENDPOINT", "ELASTICACHE_ENDPOINT",
  ]

  /// The reports of every ``ServiceCacheAccess`` in `app`, read from the synthesized `assembly`.
  public static func evaluate(
    _ app: App,
    assembly: CloudAssembly,
    legacyVariables: Set<String> = MigrationChecklist.legacyVariables
  ) -> [ServiceReport] {
    let accesses = app.node.findAll().compactMap { $0 as? ServiceCacheAccess }
    return accesses.map { access in
      ServiceEvaluation(access: access, assembly: assembly, legacyVariables: legacyVariables).report()
    }
  }

  /// The reports as text, one block per service, `[x]` for done and `[ ]` for missing steps.
  public static func render(_ reports: [ServiceReport]) -> String {
    guard !reports.isEmpty else {
      return "No service uses the shared cache: declare a ServiceCacheAccess for each service that connects."
    }
    return reports.map { report in
      let done = report.steps.filter(\.isDone).count
      let header = "\(report.serviceName) (\(report.path)): \(done) of \(report.steps.count) steps done"
      let lines = report.steps.map { "  [\($0.isDone ? "x" : " ")] \($0.number). \($0.title) — \($0.detail)" }
      return ([header] + lines).joined(separator: "\n")
    }.joined(separator: "\n\n")
  }
}
