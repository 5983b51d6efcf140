/// EC15: node-based caches run in subnets of their own VPC, not the default VPC.
struct SubnetGroupRule: CacheRule {
  let description = RuleDescription(
    code: .noSubnetGroup,
    title: "Subnet group, not the default VPC",
    resources: ["AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster"],
    checks: """
      `CacheSubnetGroupName` is set, and not to `default` (without it, the nodes go to the default subnet group \
      of the default VPC).
      """,
    rationale: """
      The default VPC's subnets are public and shared by everything launched without a VPC, so the cache is \
      neither isolated nor in the private subnets the application uses. Seed 004 (§7 "Networking model", §10 \
      step 3, §12 "Network exposure": "Place nodes in private subnets"); \
      https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html.
      """,
    fix: """
      Create a subnet group of private subnets (`SubnetGroup` in Swift, `AWS::ElastiCache::SubnetGroup`) and \
      set `CacheSubnetGroupName` to it.
      """,
    peers: [
      "cdk-nag AwsSolutions-AEC1", "Security Hub ElastiCache.7 (cache clusters)",
      "Control Tower CT.ELASTICACHE.PR.6", "checkov CKV_AWS_323 (Terraform cache clusters)",
    ],
    options: [])

  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation] {
    inventory.caches.compactMap { cache in
      guard cache.kind != .serverlessCache, !cache.isReplicationGroupMember else { return nil }
      let name = cache.properties["CacheSubnetGroupName"]
      let unset = PropertyCheck.unset(name)
      let defaulted = name.possibilities.compactMap {
        $0.value.literalText?.lowercased() == "default" ? $0.whenClause : nil
      }
      guard !unset.isEmpty || !defaulted.isEmpty else { return nil }
      let what =
        unset.isEmpty
        ? "uses the subnet group 'default'\(PropertyCheck.summary(defaulted))"
        : "has no CacheSubnetGroupName\(PropertyCheck.summary(unset))"
      return Violation(
        cache.record,
        "\(cache.kindName.capitalizedFirst) \(cache.displayName) \(what), so its nodes run in the default VPC.")
    }
  }
}
