/// EC17: every cache carries seed 004's tags.
struct TagsRule: CacheRule {
  let description = RuleDescription(
    code: .missingTags,
    title: "Recommended tags",
    resources: [
      "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ServerlessCache",
    ],
    checks: """
      Each cache has the tags `env`, `app`, `team`, `owner`, `cost-center` and `data-classification` (keys \
      compared without regard to case), in its `Tags` or in the stack tags of its cloud assembly.
      """,
    rationale: """
      Tags tell who owns a cache, what it costs and how sensitive its data is, which incident response and cost \
      reviews need. Seed 004 (§7 "Use tags for", §11 "Governance/tagging/naming best practices": "Recommended \
      tags: env, app, team, owner, cost-center, data-classification").
      """,
    fix: "Tag the cache, or the whole stack (`Tags.of(stack).add(\"team\", \"payments\")` in Swift).",
    peers: ["none: no public rule set checks ElastiCache tags"],
    options: ["requiredTags: the tag keys needed (default seed 004's six)"])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard !cache.isReplicationGroupMember else { return nil }
      var keys = Set(inventory.templates[cache.record.key.template].source.stackTags.keys.map { $0.lowercased() })
      for tag in Inventory.union(cache.properties["Tags"]) {
        if let key = tag["Key"].literalText { keys.insert(key.lowercased()) }
      }
      let missing = options.requiredTags.filter { !keys.contains($0.lowercased()) }
      guard !missing.isEmpty else { return nil }
      return Violation(
        cache.record,
        "\(cache.kindName.capitalizedFirst) \(cache.displayName) lacks the tag\(missing.count == 1 ? "" : "s") "
          + missing.joined(separator: ", ") + ".")
    }
  }
}
