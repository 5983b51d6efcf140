import CacheRules
import Diagnostics
import Foundation
import Testing

@Suite("The rule catalog: stable ids, complete descriptions, and the generated document")
struct RuleCatalogTests {
  @Test("The catalog lists EC1 to EC18 in order, with the issue's severities for the informational rules")
  func ids() {
    #expect(RuleCatalog.descriptions.map(\.id) == (1...18).map { "EC\($0)" })
    let infos = RuleCatalog.descriptions.filter { $0.defaultSeverity == .info }.map(\.id)
    #expect(infos == ["EC3", "EC11", "EC16", "EC17"])
    #expect(Set(RuleCatalog.codes).count == RuleCatalog.codes.count)
    #expect(RuleCatalog.codes.allSatisfy { $0.module == "CacheRules" && !$0.summary.isEmpty })
    #expect(RuleCatalog.description(of: "ec10")?.id == "EC10")
    #expect(RuleCatalog.description(of: "EC19") == nil)
  }

  @Test("Every rule says what it checks, why (citing seed 004 or the service documentation), how to fix, and its peers")
  func descriptions() {
    for rule in RuleCatalog.descriptions {
      #expect(!rule.title.isEmpty && !rule.checks.isEmpty && !rule.fix.isEmpty && !rule.peers.isEmpty, "\(rule.id)")
      #expect(rule.rationale.contains("Seed 004") || rule.rationale.contains("docs.aws.amazon.com"), "\(rule.id)")
      #expect(rule.resources.allSatisfy { $0.hasPrefix("AWS::") }, "\(rule.id)")
    }
    let peers = RuleCatalog.descriptions.flatMap(\.peers).joined(separator: " ")
    for id in [
      "AwsSolutions-AEC1", "AwsSolutions-AEC3", "AwsSolutions-AEC4", "AwsSolutions-AEC6", "CKV_AWS_29", "CKV_AWS_30",
      "CKV_AWS_31", "CKV_AWS_191", "CKV2_AWS_50", "F25", "F33", "F44", "ElastiCache.1", "ElastiCache.2",
      "ElastiCache.3", "ElastiCache.4", "ElastiCache.5", "ElastiCache.6", "ElastiCache.7",
    ] {
      #expect(peers.contains(id), "\(id)")
    }
  }

  @Test(
    "Documentation/Rules.md is the generated catalog (swift run elasticache-check --list-rules > Documentation/Rules.md)"
  )
  func document() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let document = try String(
      contentsOf: root.appendingPathComponent("Documentation/Rules.md"), encoding: .utf8)
    #expect(document == RuleCatalog.markdown + "\n")
  }
}
