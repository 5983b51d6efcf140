import CacheRules
import CloudFormationModel
import Diagnostics
import ElastiCacheCDK
import Foundation
import Testing

@Suite("Suppressions: in resource and template metadata, in a rules file and in Swift; never without a reason")
struct SuppressionTests {
  private static let openCache = """
    Resources:
      Cache:
        Type: AWS::ElastiCache::ServerlessCache
        Metadata:
    METADATA
        Properties: { Engine: valkey, ServerlessCacheName: open }
      Other:
        Type: AWS::ElastiCache::ServerlessCache
        Properties: { Engine: valkey, ServerlessCacheName: other }
    """

  private func cache(metadata: String) -> String {
    Self.openCache.replacingOccurrences(of: "METADATA", with: metadata)
  }

  @Test("cdk-nag's metadata shape suppresses our rules, with the reason kept; cdk-nag's own ids are left alone")
  func cdkNagMetadata() throws {
    let report = try check(
      cache(
        metadata: """
                cdk_nag:
                  rules_to_suppress:
                    - { id: EC7, reason: Reached only through a VPC endpoint of one service. }
                    - { id: AwsSolutions-AEC5, reason: cdk-nag's concern }
                    - { id: ec17, reason: Tagged by the organisation's tag policy. }
          """))
    #expect(!report.pairs.contains("EC7 Cache"))
    #expect(!report.pairs.contains("EC17 Cache"))
    #expect(report.pairs.contains("EC7 Other"))
    let suppressed = report.suppressed.map {
      "\($0.finding.rule) \($0.finding.location.resource) \($0.suppression.origin)"
    }
    #expect(Set(suppressed) == ["EC7 Cache resourceMetadata", "EC17 Cache resourceMetadata"])
    #expect(report.suppressed.first?.suppression.reason == "Reached only through a VPC endpoint of one service.")
    #expect(!report.pairs.contains { $0.hasPrefix("UnknownRuleInSuppression") })
  }

  @Test("A suppression without a reason suppresses nothing and is an error itself")
  func withoutReason() throws {
    let report = try check(
      cache(
        metadata: """
                cdk_nag:
                  rules_to_suppress:
                    - { id: EC7 }
                    - { id: EC3, reason: "   " }
          """))
    #expect(report.pairs.contains("EC7 Cache"))
    #expect(report.pairs.contains("EC3 Cache"))
    let problems = report.findings(of: "SuppressionWithoutReason")
    #expect(problems.count == 2)
    #expect(problems.allSatisfy { $0.severity == .error && $0.location.resource == "Cache" })
    #expect(report.hasErrors)
  }

  @Test("A suppression naming a rule the catalog lacks is reported as a warning")
  func unknownRule() throws {
    let report = try check(
      cache(metadata: "          cdk_nag: { rules_to_suppress: [{ id: EC19, reason: typo of EC1 }] }"))
    #expect(report.pairs.contains("UnknownRuleInSuppression Cache"))
    #expect(report.findings(of: "UnknownRuleInSuppression").first?.severity == .warning)
  }

  @Test("The template's own metadata suppresses a rule for every resource")
  func templateMetadata() throws {
    let text =
      "Metadata:\n  cdk_nag:\n    rules_to_suppress: [{ id: EC17, reason: Stack tags come from the pipeline. }]\n"
      + cache(metadata: "          Comment: none")
    let report = try check(text)
    #expect(report.findings(of: "EC17").isEmpty)
    #expect(report.suppressed.filter { $0.finding.rule == "EC17" }.count == 2)
    #expect(report.suppressed.allSatisfy { $0.suppression.origin == .templateMetadata })
  }

  @Test("A rules file suppresses by rule, resource pattern or construct path, and template")
  func rulesFile() throws {
    let configuration = try RuleConfiguration.parse(
      """
      suppressions:
        - { rule: EC7, resource: "Cach*", reason: A VPC endpoint policy limits the clients. }
        - { id: EC17, resource: "*", template: "other-*", reason: not this template }
        - { rule: EC16, resource: "*" }
      """, source: "rules.yaml")
    let report = try check(cache(metadata: "          Comment: none"), configuration: configuration)
    #expect(!report.pairs.contains("EC7 Cache"))
    #expect(report.pairs.contains("EC7 Other"))
    #expect(report.pairs.contains("EC17 Cache"))
    #expect(report.pairs.contains("EC16 Cache"))
    #expect(report.suppressed.map(\.suppression.origin) == [.rulesFile])
    let unreasoned = try #require(report.findings(of: "SuppressionWithoutReason").first)
    #expect(unreasoned.location.template == "rules.yaml")
  }

  @Test("Rules.suppress renders cdk-nag metadata on every resource below the construct, and check honours it")
  func swiftSuppression() throws {
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "Caches")
    let vpc = EC2.VPC(stack, "Vpc")
    let cache = ServerlessCache(stack, "Cache", vpc: vpc, serverlessCacheName: "sessions")
    Rules.suppress(cache, "EC7", reason: "Only the sessions service reaches this cache.")
    Rules.suppress(cache, "ec17", reason: "Tags come from the organisation.")
    Rules.suppress(cache, "EC7", reason: "Only the sessions service reaches this cache.")
    let assembly = try app.synthesize()
    let template = try #require(assembly.stacks.first?.template)
    let resources = try #require(template["Resources"]?.objectValue)
    let rendered = try #require(
      resources.first { $0.value["Type"] == "AWS::ElastiCache::ServerlessCache" }?.value["Metadata"]?["cdk_nag"])
    #expect(
      rendered == [
        "rules_to_suppress": [
          ["id": "EC7", "reason": "Only the sessions service reaches this cache."],
          ["id": "EC17", "reason": "Tags come from the organisation."],
        ]
      ])
    let source = TemplateSource(name: "Caches.template.json", template: template)
    let report = RuleEngine().check([TemplateSet([source])])
    #expect(report.findings(of: "EC7").isEmpty)
    #expect(report.findings(of: "EC17").isEmpty)
    #expect(report.suppressed.count == 2)
  }

  @Test("Rules.suppress without a reason or with an unknown rule is an error of the app, at the construct")
  func swiftSuppressionErrors() throws {
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "Caches")
    let vpc = EC2.VPC(stack, "Vpc")
    let cache = ServerlessCache(stack, "Cache", vpc: vpc)
    Rules.suppress(cache, "EC7", reason: " ")
    Rules.suppress(stack, "EC99", reason: "no such rule")
    do {
      _ = try app.synthesize()
      Issue.record("synthesis succeeded")
    } catch {
      let codes = Set(error.diagnostics.map { "\($0.code) \($0.path)" })
      #expect(codes.contains("SuppressionWithoutReason Caches/Cache"))
      #expect(codes.contains("UnknownRuleInSuppression Caches"))
    }
  }
}
