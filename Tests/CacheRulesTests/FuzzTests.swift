import CacheRules
import CloudFormationModel
import Foundation
import Testing

/// A small deterministic generator, so that a failure can be replayed from its seed.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

@Suite("Hostile templates: wrong types everywhere, deep nesting, cycles and huge templates never crash")
struct FuzzTests {
  private static let types = [
    "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ServerlessCache",
    "AWS::ElastiCache::User", "AWS::ElastiCache::UserGroup", "AWS::EC2::SecurityGroup",
    "AWS::EC2::SecurityGroupIngress",
    "AWS::CloudWatch::Alarm", "Custom::ElastiCacheUserGroupMembership",
  ]
  private static let names = [
    "Engine", "TransitEncryptionEnabled", "UserGroupIds", "UserGroupId", "UserIds", "AccessString", "UserName",
    "UserId", "SecurityGroupIds", "SecurityGroupIngress", "GroupId", "CidrIp", "FromPort", "ToPort", "Tags",
    "Passwords", "AuthenticationMode", "AuthToken", "Dimensions", "Metrics", "SnapshotRetentionLimit", "Port",
    "NodeGroupConfiguration", "Key", "Value", "Type", "CacheNodeType", "EngineVersion",
  ]
  private static let functions = [
    "Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::If", "Fn::Select", "Fn::Split", "Fn::FindInMap",
    "Fn::ImportValue", "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition", "Fn::Base64", "Fn::Nope",
  ]

  private static func value(_ random: inout SplitMix64, depth: Int) -> TemplateValue {
    let strings = [
      "on ~* +@all", "default", "0.0.0.0/0", "redis", "valkey", "memcached", "A", "B", "true", "${A}", "", "x.y",
    ]
    switch depth > 5 ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<8, using: &random) {
    case 0: return .string(strings.randomElement(using: &random) ?? "")
    case 1: return .number(Double(Int.random(in: -2...7000, using: &random)))
    case 2: return .bool(Bool.random(using: &random))
    case 3: return .null
    case 4, 5:
      let function = functions.randomElement(using: &random) ?? "Ref"
      return .object(TemplateObject([(function, value(&random, depth: depth + 1))]))
    case 6: return .array((0..<Int.random(in: 0..<4, using: &random)).map { _ in value(&random, depth: depth + 1) })
    default:
      return .object(
        TemplateObject(
          (0..<Int.random(in: 0..<5, using: &random)).map { _ in
            (names.randomElement(using: &random) ?? "Engine", value(&random, depth: depth + 1))
          }))
    }
  }

  private static func template(seed: UInt64) -> TemplateValue {
    var random = SplitMix64(state: seed)
    let resources = (0..<12).map { index -> (String, TemplateValue) in
      let type = types.randomElement(using: &random) ?? types[0]
      let properties = Bool.random(using: &random) ? value(&random, depth: 0) : value(&random, depth: 5)
      return (index < 2 ? ["A", "B"][index] : "R\(index)", ["Type": .string(type), "Properties": properties])
    }
    return [
      "Parameters": [
        "A": ["Type": "String", "AllowedValues": ["true", "false"]], "B": ["Type": "CommaDelimitedList"],
      ],
      "Conditions": ["A": ["Condition": "B"], "B": ["Fn::Not": [["Condition": "A"]]]],
      "Mappings": ["M": ["k": ["v": ["Ref": "A"]]]],
      "Resources": .object(TemplateObject(resources)),
      "Outputs": ["O": ["Value": ["Fn::ImportValue": "o"], "Export": ["Name": "o"]]],
    ]
  }

  @Test("Random templates of every shape are checked without a crash", arguments: 0..<200)
  func randomTemplates(seed: Int) {
    let source = TemplateSource(name: "fuzz-\(seed)", template: Self.template(seed: UInt64(seed)))
    let report = RuleEngine().check([TemplateSet([source, source])])
    for format in ReportFormat.allCases { #expect(!format.render(report).isEmpty) }
  }

  @Test("Templates whose sections have the wrong types are checked without a crash")
  func wrongSections() {
    let templates: [TemplateValue] = [
      [
        "Resources": [
          "X": "not an object", "Y": ["Type": 3], "Z": ["Type": "AWS::ElastiCache::User", "Properties": [1]],
        ]
      ],
      ["Resources": [:], "Parameters": [1, 2], "Conditions": "no", "Mappings": 7, "Outputs": ["O": "x"]],
      [
        "Resources": [
          "C": ["Type": "AWS::ElastiCache::ReplicationGroup", "Properties": ["Tags": "x", "UserGroupIds": ["a": 1]]]
        ]
      ],
      .array([]), .null,
    ]
    for template in templates {
      let report = RuleEngine().check([TemplateSet([TemplateSource(name: "odd", template: template)])])
      _ = ReportFormat.sarif.render(report)
    }
  }

  @Test("Deeply nested functions stop at the resolver's depth limit")
  func deepNesting() throws {
    var value: TemplateValue = "false"
    for index in 0..<40 {
      value = index.isMultiple(of: 2) ? ["Fn::Select": [0, [value]]] : ["Fn::If": ["Never", "true", value]]
    }
    let template: TemplateValue = [
      "Conditions": ["Never": ["Fn::Equals": ["a", "b"]]],
      "Resources": [
        "Cache": [
          "Type": "AWS::ElastiCache::ReplicationGroup",
          "Properties": ["ReplicationGroupDescription": "deep", "TransitEncryptionEnabled": value],
        ]
      ],
    ]
    let text = template.jsonString(indent: 0)
    let source = try TemplateReader.parse(text, name: "deep.json")
    let report = RuleEngine().check([TemplateSet([source])])
    #expect(report.findings.contains { $0.rule == "EC4" })
  }

  @Test("Text nested deeper than a template can be is refused before parsing, not a stack overflow")
  func hostileNesting() {
    let json = String(repeating: "[", count: 200_000)
    #expect(throws: InputError.self) { try TemplateReader.parse(json, name: "nested.json") }
    let yaml = "Resources:\n  A: " + String(repeating: "[", count: 100_000)
    #expect(throws: InputError.self) { try TemplateReader.parse(yaml, name: "nested.yaml") }
  }

  @Test("YAML aliases that would expand to billions of values are refused")
  func billionLaughs() {
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1..<10 {
      yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    yaml += "Resources: { R: { Type: AWS::SNS::Topic, Properties: { P: *a9 } } }\n"
    #expect(throws: InputError.self) { try TemplateReader.parse(yaml, name: "laughs.yaml") }
  }

  @Test("A template with thousands of caches, users and alarms is checked in seconds")
  func hugeTemplate() throws {
    var resources = TemplateObject()
    for index in 0..<1000 {
      resources["User\(index)"] = [
        "Type": "AWS::ElastiCache::User",
        "Properties": [
          "Engine": "redis", "UserId": .string("user-\(index)"), "UserName": .string("user-\(index)"),
          "AccessString": .string("on ~service\(index):* -@all +@read +@write"),
          "AuthenticationMode": ["Type": "iam"],
        ],
      ]
      resources["Cache\(index)"] = [
        "Type": "AWS::ElastiCache::ServerlessCache",
        "Properties": ["Engine": "valkey", "ServerlessCacheName": .string("cache-\(index)"), "UserGroupId": "group"],
      ]
      resources["Alarm\(index)"] = [
        "Type": "AWS::CloudWatch::Alarm",
        "Properties": [
          "Namespace": "AWS/ElastiCache", "MetricName": "CurrConnections",
          "Dimensions": [["Name": "clusterId", "Value": ["Ref": .string("Cache\(index)")]]],
        ],
      ]
    }
    resources["Group"] = [
      "Type": "AWS::ElastiCache::UserGroup",
      "Properties": [
        "Engine": "redis", "UserGroupId": "group",
        "UserIds": .array((0..<100).map { .string("user-\($0)") }),
      ],
    ]
    let start = Date()
    let report = RuleEngine().check([
      TemplateSet([TemplateSource(name: "huge", template: ["Resources": .object(resources)])])
    ])
    #expect(Date().timeIntervalSince(start) < 60)
    #expect(report.findings.filter { $0.rule == "EC16" }.count == 1000)
    #expect(report.findings.filter { $0.rule == "EC12" }.isEmpty)
  }
}
