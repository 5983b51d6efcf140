import CacheRules
import Diagnostics
import Foundation
import Testing

@Suite("Rules files: severities, rules turned off, thresholds, and every mistake reported at once")
struct RuleConfigurationTests {
  private static let cache = """
    Resources:
      Cache:
        Type: AWS::ElastiCache::ReplicationGroup
        Properties:
          ReplicationGroupDescription: orders
          TransitEncryptionEnabled: true
          AtRestEncryptionEnabled: true
          SnapshotRetentionLimit: 7
          UserGroupIds: [orders]
          Tags: [{ Key: team, Value: payments }]
    """

  @Test("Severities change, rules turn off, and the exit status follows")
  func severities() throws {
    let configuration = try RuleConfiguration.parse(
      """
      {"rules": {"EC17": "error", "EC16": "off", "EC4": {"severity": "info"}, "EC15": false}}
      """, source: "rules.json")
    let report = try check(Self.cache, configuration: configuration)
    #expect(report.findings(of: "EC17").first?.severity == .error)
    #expect(report.findings(of: "EC4").first?.severity == .info)
    #expect(report.findings(of: "EC16").isEmpty)
    #expect(report.findings(of: "EC15").isEmpty)
    #expect(report.hasErrors)
  }

  @Test("Thresholds: backup days, replicas, tags, alarms and the support date")
  func thresholds() throws {
    let configuration = try RuleConfiguration.parse(
      """
      rules:
        EC5: { minimumRetentionDays: 15 }
        EC17: { requiredTags: [team] }
        EC16: { requiredAlarms: [evictions], severity: warning }
        EC4: { minimumReplicas: 0, severity: off }
      """, source: "rules.yaml")
    let report = try check(Self.cache, configuration: configuration)
    #expect(report.findings(of: "EC5").first?.problem.message.contains("7 days") == true)
    #expect(report.findings(of: "EC17").isEmpty)
    #expect(report.findings(of: "EC16").first?.problem.message.hasSuffix("no alarm on evictions.") == true)
    #expect(report.findings(of: "EC16").first?.severity == .warning)
    #expect(try check(Self.cache).findings(of: "EC5").isEmpty)

    let redis6 = Self.cache.replacingOccurrences(of: "Tags:", with: "EngineVersion: \"6.2\"\n      Tags:")
    #expect(try check(redis6).findings(of: "EC18").isEmpty)
    var future = RuleConfiguration()
    future.options.referenceDate = "2040-01-01"
    let old = Self.cache.replacingOccurrences(of: "Tags:", with: "EngineVersion: 5.0.6\n      Tags:")
    #expect(try check(old, configuration: future).findings(of: "EC18").count == 1)
    future.options.referenceDate = "2025-12-31"
    #expect(try check(old, configuration: future).findings(of: "EC18").isEmpty)
  }

  @Test("Every mistake of a rules file is reported at once, naming where it is")
  func mistakes() {
    do {
      _ = try RuleConfiguration.parse(
        """
        rules:
          EC99: off
          EC5: { minimumRetentionDays: 90, retention: 3 }
          EC1: { severity: fatal }
        suppressions:
          - { resource: Cache, reason: no rule }
          - { rule: EC4, reason: no resource }
          - just text
        extra: 1
        """, source: "rules.yaml")
      Issue.record("the rules file was accepted")
    } catch {
      #expect(error.path == "rules.yaml")
      #expect(
        error.problems == [
          "unknown key 'extra': a rules file has 'rules' and 'suppressions'",
          "rules: 'EC99' is not a rule; the catalog has EC1 to EC18",
          "rules.EC5.minimumRetentionDays: give a whole number of days from 0 to 35",
          "rules.EC5: unknown setting 'retention'; EC5 takes minimumRetentionDays, severity",
          "rules.EC1.severity: 'fatal' is not error, warning, info or off",
          "suppressions[0]: 'rule' is missing: name the rule to suppress (EC1...)",
          "suppressions[1]: 'resource' is missing: give a logical id or construct path ('*' for every resource)",
          "suppressions[2]: give an object with rule, resource and reason",
        ])
    }
  }

  @Test("A rules file that is not YAML or JSON, or missing, cannot be used")
  func unreadable() {
    #expect(throws: ConfigurationError.self) { try RuleConfiguration.parse("rules: [unclosed", source: "bad.yaml") }
    #expect(throws: ConfigurationError.self) { try RuleConfiguration.load(path: "/nonexistent/rules.yaml") }
    #expect(throws: ConfigurationError.self) { try RuleConfiguration.parse("- a list", source: "list.yaml") }
  }
}
