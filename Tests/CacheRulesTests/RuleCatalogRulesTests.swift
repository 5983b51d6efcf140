import CacheRules
import Diagnostics
import Testing

/// One rule broken (or kept) by an edit of the well-configured template.
struct TemplateEdit: CustomTestStringConvertible, Sendable {
  let rule: String
  let resource: String
  let why: String
  let edits: [(String, String)]

  init(_ rule: String, _ resource: String, _ why: String, _ edits: (String, String)...) {
    self.rule = rule
    self.resource = resource
    self.why = why
    self.edits = edits
  }

  var testDescription: String { "\(rule) \(resource): \(why)" }

  func apply(to text: String) -> String {
    edits.reduce(text) { $0.replacing(exactly: $1.0, with: $1.1) }
  }
}

@Suite("Each rule: a template that breaks it and templates that keep it, in YAML and JSON")
struct RuleCatalogRulesTests {
  static let breaking: [TemplateEdit] = [
    TemplateEdit(
      "EC1", "Cache", "transit encryption off", ("TransitEncryptionEnabled: true", "TransitEncryptionEnabled: false")),
    TemplateEdit(
      "EC1", "Cache", "off in production through Fn::If on a condition from a parameter default",
      ("TransitEncryptionEnabled: true", "TransitEncryptionEnabled: !If [IsProduction, false, true]")),
    TemplateEdit(
      "EC1", "Cache", "TLS only preferred",
      ("TransitEncryptionEnabled: true", "TransitEncryptionEnabled: true\n      TransitEncryptionMode: preferred")),
    TemplateEdit(
      "EC2", "Cache", "at rest off, as a string",
      ("AtRestEncryptionEnabled: true", "AtRestEncryptionEnabled: \"false\"")),
    TemplateEdit(
      "EC3", "Cache", "the AWS-managed key", ("KmsKeyId: !GetAtt CacheKey.Arn", "KmsKeyId: alias/aws/elasticache")),
    TemplateEdit(
      "EC4", "Cache", "a single node", ("NumCacheClusters: !If [IsProduction, 3, 2]", "NumCacheClusters: 1")),
    TemplateEdit("EC4", "Cache", "no Multi-AZ", ("MultiAZEnabled: true", "MultiAZEnabled: false")),
    TemplateEdit(
      "EC5", "Cache", "no backups in production",
      ("SnapshotRetentionLimit: 7", "SnapshotRetentionLimit: !If [IsProduction, 0, 7]")),
    TemplateEdit(
      "EC6", "Cache", "minor upgrades off",
      ("MultiAZEnabled: true", "MultiAZEnabled: true\n      AutoMinorVersionUpgrade: false")),
    TemplateEdit("EC7", "Cache", "no user group", ("UserGroupIds: [!Ref Users]", "UserGroupIds: []")),
    TemplateEdit(
      "EC8", "OrdersUser", "a password parameter that is not NoEcho",
      ("Parameters:\n", "Parameters:\n  OrdersPassword:\n    Type: String\n"),
      ("- !Sub \"{{resolve:secretsmanager:${AuthTokenSecret}:SecretString:password}}\"", "- !Ref OrdersPassword")),
    TemplateEdit(
      "EC8", "OrdersUser", "a literal password",
      ("- !Sub \"{{resolve:secretsmanager:${AuthTokenSecret}:SecretString:password}}\"", "- not-a-secret-0123456789")),
    TemplateEdit(
      "EC9", "DefaultUser", "the default user on without a password",
      ("AccessString: off -@all", "AccessString: on ~* +@read")),
    TemplateEdit("EC9", "Users", "AWS's built-in default user", ("UserIds: [!Ref DefaultUser,", "UserIds: [default,")),
    TemplateEdit(
      "EC10", "OrdersUser", "every key and command",
      ("on ~orders:* &orders:* -@all +@read +@write -@dangerous", "on ~* +@all")),
    TemplateEdit("EC11", "OrdersUser", "+@all kept dangerous", ("-@all +@read +@write -@dangerous", "+@all")),
    TemplateEdit(
      "EC12", "Users", "a second writer of the orders keys",
      ("on %R~reports:* -@all +@read", "on ~order* -@all +@read +@write")),
    TemplateEdit(
      "EC12", "Users", "a reader of keys the orders user writes",
      ("on %R~reports:* -@all +@read", "on %R~orders:123 -@all +@read")),
    TemplateEdit(
      "EC13", "Cache", "an IAM user without TLS", ("TransitEncryptionEnabled: true", "TransitEncryptionEnabled: false")),
    TemplateEdit(
      "EC14", "CacheSecurityGroup", "the port open to the world", ("CidrIp: 10.0.0.0/16", "CidrIp: 0.0.0.0/0")),
    TemplateEdit(
      "EC14", "CacheSecurityGroup", "every protocol open over IPv6",
      (
        "- IpProtocol: tcp\n          FromPort: 6379\n          ToPort: 6379\n          CidrIp: 10.0.0.0/16",
        "- IpProtocol: \"-1\"\n          CidrIpv6: ::/0"
      )),
    TemplateEdit(
      "EC15", "Cache", "the default subnet group",
      ("CacheSubnetGroupName: !Ref CacheSubnets", "CacheSubnetGroupName: default")),
    TemplateEdit(
      "EC16", "Cache", "the CPU alarm watches another cache", ("Value: orders-cache-002", "Value: other-cache-002")),
    TemplateEdit("EC17", "Cache", "no owner tag", ("        - { Key: owner, Value: payments@example.com }\n", "")),
    TemplateEdit(
      "EC18", "Cache", "Redis OSS 4 and a previous-generation node",
      ("Engine: valkey\n      EngineVersion: \"8.0\"", "Engine: redis\n      EngineVersion: 4.0.10"),
      ("cache.r7g.large", "cache.r4.large")),
  ]

  static let keeping: [TemplateEdit] = [
    TemplateEdit(
      "EC1", "Cache", "on through a condition that holds",
      ("TransitEncryptionEnabled: true", "TransitEncryptionEnabled: !If [IsProduction, true, false]")),
    TemplateEdit(
      "EC4", "Cache", "replicas per shard",
      ("NumCacheClusters: !If [IsProduction, 3, 2]", "NumNodeGroups: 2\n      ReplicasPerNodeGroup: 1")),
    TemplateEdit(
      "EC7", "Cache", "an AUTH token instead of RBAC",
      ("UserGroupIds: [!Ref Users]", "AuthToken: \"{{resolve:secretsmanager:orders/token}}\"")),
    TemplateEdit(
      "EC8", "OrdersUser", "a NoEcho parameter without a default",
      ("Parameters:\n", "Parameters:\n  OrdersPassword:\n    Type: String\n    NoEcho: true\n"),
      ("- !Sub \"{{resolve:secretsmanager:${AuthTokenSecret}:SecretString:password}}\"", "- !Ref OrdersPassword")),
    TemplateEdit(
      "EC8", "OrdersUser", "a Secrets Manager reference joined as the CDK renders it",
      (
        "- !Sub \"{{resolve:secretsmanager:${AuthTokenSecret}:SecretString:password}}\"",
        "- !Join [\"\", [\"{{resolve:secretsmanager:\", !Ref CacheKey, \":SecretString:password::}}\"]]"
      )),
    TemplateEdit(
      "EC9", "DefaultUser", "the default user on with a password",
      (
        "AccessString: off -@all\n      AuthenticationMode: { Type: no-password-required }",
        "AccessString: on ~public:* -@all +@read\n      AuthenticationMode: { Type: password, Passwords: [\"{{resolve:secretsmanager:default-user}}\"] }"
      )),
    TemplateEdit(
      "EC12", "Users", "two read-only users share keys", ("on %R~reports:* -@all +@read", "on ~orders:* -@all +@read"),
      ("-@all +@read +@write -@dangerous", "-@all +@read")),
    TemplateEdit(
      "EC14", "CacheSecurityGroup", "the world may reach another port", ("CidrIp: 10.0.0.0/16", "CidrIp: 0.0.0.0/0"),
      (
        "FromPort: 6379\n          ToPort: 6379\n          CidrIp",
        "FromPort: 443\n          ToPort: 443\n          CidrIp"
      )),
    TemplateEdit("EC17", "Cache", "tag keys in another case", ("Key: env,", "Key: Env,")),
  ]

  @Test("The well-configured template yields no finding, in YAML and in JSON")
  func wellConfigured() throws {
    let yaml = try Fixtures.wellConfigured
    #expect(try check(yaml).findings.isEmpty)
    #expect(try check(json(fromYAML: yaml)).findings.isEmpty)
  }

  @Test("A template that breaks a rule yields it at the resource, in YAML and in JSON", arguments: breaking)
  func violation(_ edit: TemplateEdit) throws {
    let yaml = edit.apply(to: try Fixtures.wellConfigured)
    for text in [yaml, try json(fromYAML: yaml)] {
      let report = try check(text)
      #expect(report.pairs.contains("\(edit.rule) \(edit.resource)"), "\(report.pairs.sorted())")
      let finding = try #require(report.findings(of: edit.rule).first)
      #expect(finding.problem.fix?.isEmpty == false)
      #expect(finding.location.line != nil)
    }
  }

  @Test("A template that keeps a rule another way yields nothing of it", arguments: keeping)
  func kept(_ edit: TemplateEdit) throws {
    let yaml = edit.apply(to: try Fixtures.wellConfigured)
    for text in [yaml, try json(fromYAML: yaml)] {
      let report = try check(text)
      #expect(report.findings(of: edit.rule).isEmpty, "\(report.findings(of: edit.rule).map(\.problem.message))")
    }
  }

  @Test("Every resource of the violations corpus yields exactly the rules it names")
  func violationsCorpus() throws {
    let report = try check(try Fixtures.text("violations.json"))
    #expect(
      report.pairs == [
        "EC14 OpenSecurityGroup",
        "EC1 LegacyCache", "EC2 LegacyCache", "EC3 LegacyCache", "EC4 LegacyCache", "EC5 LegacyCache",
        "EC6 LegacyCache", "EC8 LegacyCache", "EC15 LegacyCache", "EC16 LegacyCache", "EC17 LegacyCache",
        "EC18 LegacyCache",
        "EC3 SessionCache", "EC5 SessionCache", "EC7 SessionCache", "EC16 SessionCache", "EC17 SessionCache",
        "EC9 OpenDefaultUser", "EC10 OpenDefaultUser", "EC11 OpenDefaultUser",
        "EC8 AdminUser", "EC10 AdminUser", "EC11 AdminUser",
        "EC12 AdminGroup", "EC9 BuiltInDefaultGroup",
        "EC1 IamCache", "EC3 IamCache", "EC13 IamCache", "EC15 IamCache", "EC16 IamCache", "EC17 IamCache",
        "EC1 SessionsCluster", "EC15 SessionsCluster", "EC16 SessionsCluster", "EC17 SessionsCluster",
        "EC18 SessionsCluster",
      ])
    #expect(report.findings(of: "EC12").count == 3)
    #expect(report.hasErrors)
  }

  @Test("Findings never repeat a secret's value")
  func secretsStayOut() throws {
    let report = try check(try Fixtures.text("violations.json"))
    let text = report.findings.map { "\($0.problem.message) \($0.problem.fix ?? "")" }.joined()
    #expect(!text.contains("written-in-the-template-0123"))
    #expect(!text.contains("default-token-0123456789"))
  }
}
