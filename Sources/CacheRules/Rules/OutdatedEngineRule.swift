/// EC18: no engine version past standard support and no previous-generation node type.
struct OutdatedEngineRule: CacheRule {
  /// The last day of standard support of Redis OSS major versions, as ElastiCache announced them.
  static let redisStandardSupportEnd: [Int: String] = [
    2: "2023-01-13", 3: "2023-07-31", 4: "2026-01-31", 5: "2026-01-31",
  ]

  /// Node families of previous generations.
  static let previousGenerationFamilies: Set<String> = ["t1", "t2", "m1", "m2", "m3", "m4", "r3", "r4", "c1"]

  let description = RuleDescription(
    code: .outdatedEngineOrNodeType,
    title: "Supported engine and current node types",
    resources: ["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"],
    checks: """
      `EngineVersion` is not a Redis OSS major version past ElastiCache's standard support (2 and 3 reached end \
      of life in 2023; 4 and 5 left standard support on 2026-01-31), and `CacheNodeType` is not of a \
      previous-generation family (`cache.t1`, `t2`, `m1`–`m4`, `r3`, `r4`, `c1`).
      """,
    rationale: """
      Past standard support a cache costs extra (Extended Support) and gets only critical fixes, and is upgraded \
      automatically when that ends; previous-generation nodes cost more for less and leave the service first. \
      Seed 004 (§6.12, §13 "Engine version constraints"); \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html, \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html.
      """,
    fix: """
      Upgrade to Valkey (7.2 or later) or Redis OSS 7, and choose a current node type such as `cache.t4g`, \
      `cache.m7g` or `cache.r7g`.
      """,
    peers: ["cfn-lint I3100 (previous-generation node types)", "AWS Config elasticache-supported-engine-version"],
    options: ["referenceDate: the day support dates are compared with, YYYY-MM-DD (default today)"])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.kind != .serverlessCache else { return nil }
      var problems: [String] = []
      for possibility in cache.properties["CacheNodeType"].possibilities {
        guard let nodeType = possibility.value.literalText?.lowercased() else { continue }
        let components = nodeType.split(separator: ".")
        if components.count >= 2, Self.previousGenerationFamilies.contains(String(components[1])) {
          problems.append("node type \(nodeType) is of a previous generation\(possibility.whenClause)")
          break
        }
      }
      if cache.engineName == "redis" {
        for possibility in cache.properties["EngineVersion"].possibilities {
          guard let version = possibility.value.literalText,
            let major = Int(version.prefix { $0.isNumber }),
            let end = Self.redisStandardSupportEnd[major], end < options.referenceDate
          else { continue }
          problems.append(
            "Redis OSS \(version) is past standard support (ended \(end))\(possibility.whenClause)")
          break
        }
      }
      guard !problems.isEmpty else { return nil }
      return Violation(
        cache.record, "\(cache.kindName.capitalizedFirst) \(cache.displayName): \(problems.joined(separator: "; ")).")
    }
  }
}
