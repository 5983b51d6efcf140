import CacheRules
import CloudFormationModel
import Diagnostics
import Testing

@Suite("Resolution of intrinsic functions, parameters, conditions and references across templates")
struct ResolutionTests {
  /// A replication group whose `TransitEncryptionEnabled` is `value`, after `parameters` and `conditions`.
  private func transit(_ value: String, parameters: String = "", conditions: String = "") throws -> [Finding] {
    try check(
      """
      Parameters:
        Unused: { Type: String, Default: x }
      \(parameters)
      Conditions:
        Never: !Equals [a, b]
      \(conditions)
      Resources:
        Cache:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            ReplicationGroupDescription: test
            TransitEncryptionEnabled: \(value)
      """
    ).findings(of: "EC1")
  }

  @Test("Ref to a parameter takes its default; one without a default is given the benefit of the doubt")
  func parameterDefaults() throws {
    #expect(try transit("!Ref Tls", parameters: "  Tls: { Type: String, Default: \"false\" }").count == 1)
    #expect(try transit("!Ref Tls", parameters: "  Tls: { Type: String, Default: \"true\" }").isEmpty)
    #expect(try transit("!Ref Tls", parameters: "  Tls: { Type: String }").isEmpty)
  }

  @Test("A parameter without a default that lists its allowed values may take each; the finding says when")
  func allowedValues() throws {
    let findings = try transit("!Ref Tls", parameters: "  Tls: { Type: String, AllowedValues: [\"true\", \"false\"] }")
    #expect(findings.first?.problem.message.hasSuffix("when parameter 'Tls' is 'false'.") == true)
  }

  @Test("Fn::If follows conditions decided from defaults, and both branches of undecidable ones")
  func conditions() throws {
    let stage = "  Stage: { Type: String, Default: prod }"
    let isProd = "  IsProd: !Equals [!Ref Stage, prod]"
    #expect(try transit("!If [IsProd, true, false]", parameters: stage, conditions: isProd).isEmpty)
    #expect(try transit("!If [IsProd, false, true]", parameters: stage, conditions: isProd).count == 1)
    let open = try transit(
      "!If [IsProd, true, false]", parameters: "  Stage: { Type: String }", conditions: isProd)
    #expect(open.first?.problem.message.contains("when condition 'IsProd' is false") == true)
    let nested = "  Both: !And [!Condition IsProd, !Not [!Condition Never]]"
    #expect(try transit("!If [Both, true, false]", parameters: stage, conditions: isProd + "\n" + nested).isEmpty)
  }

  @Test("Conditions that refer to each other in a cycle are undecided, not a crash")
  func conditionCycle() throws {
    let findings = try transit(
      "!If [A, true, false]", conditions: "  A: !Condition B\n  B: !Or [!Condition A, !Condition Never]")
    #expect(findings.count == 1)
  }

  @Test("Fn::Sub, Fn::Join, Fn::Select, Fn::Split and Fn::FindInMap are evaluated")
  func stringFunctions() throws {
    #expect(try transit("!Select [1, [true, false]]").count == 1)
    #expect(try transit("!Select [0, !Split [\",\", \"true,false\"]]").isEmpty)
    #expect(try transit("!Join [\"\", [fal, se]]").count == 1)
    #expect(try transit("!Sub \"${Word}\"", parameters: "  Word: { Type: String, Default: \"false\" }").count == 1)
    #expect(try transit("!Sub [\"${X}ue\", { X: tr }]").isEmpty)
    let mapping = try check(
      """
      Mappings:
        Settings: { prod: { Tls: "false" } }
      Resources:
        Cache:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            ReplicationGroupDescription: test
            TransitEncryptionEnabled: !FindInMap [Settings, prod, Tls]
      """)
    #expect(mapping.pairs.contains("EC1 Cache"))
  }

  @Test("Values known only at deployment, unknown functions and malformed ones are given the benefit of the doubt")
  func unknownValues() throws {
    for value in [
      "!GetAtt Other.Enabled", "!ImportValue shared-tls", "!Ref AWS::Region", "!Base64 x", "!Select [9, [true]]",
      "!GetAtt [Nope]", "!Sub [1, 2, 3]", "!Join x", "!If [Missing, false]", "{ Fn::Whatever: 1 }",
    ] {
      #expect(try transit(value).isEmpty, "\(value)")
    }
  }

  @Test("A NoEcho parameter is a secret: its default never enters a resolved value")
  func noEcho() throws {
    let findings = try transit("!Ref Tls", parameters: "  Tls: { Type: String, NoEcho: true, Default: \"false\" }")
    #expect(findings.isEmpty)
  }

  @Test("Fn::ImportValue finds the export of another template of the set, through a Sub-built name")
  func exportsAcrossTemplates() throws {
    let network = """
      Resources:
        Group:
          Type: AWS::EC2::SecurityGroup
          Properties: { GroupDescription: cache, VpcId: vpc-1 }
      Outputs:
        GroupId:
          Value: !GetAtt Group.GroupId
          Export: { Name: !Sub "network-${Suffix}" }
      Parameters:
        Suffix: { Type: String, Default: cache-sg }
      """
    let cache = """
      Resources:
        Cache:
          Type: AWS::ElastiCache::ServerlessCache
          Properties:
            Engine: valkey
            ServerlessCacheName: shared
            SecurityGroupIds: [!ImportValue network-cache-sg]
        Open:
          Type: AWS::EC2::SecurityGroupIngress
          Properties:
            GroupId: !ImportValue network-cache-sg
            IpProtocol: tcp
            FromPort: 6380
            ToPort: 6380
            CidrIp: 0.0.0.0/0
      """
    let report = try check([network, cache])
    let finding = try #require(report.findings(of: "EC14").first)
    #expect(finding.location.resource == "Open")
    #expect(finding.location.template == "template-1")
    #expect(finding.problem.message.contains("port 6380"))
    #expect(try check(cache).findings(of: "EC14").isEmpty)
  }

  @Test("Exports that import each other in a cycle resolve to nothing")
  func exportCycle() throws {
    let first = """
      Resources:
        Cache:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties: { ReplicationGroupDescription: x, TransitEncryptionEnabled: !ImportValue a }
      Outputs:
        A: { Value: !ImportValue b, Export: { Name: a } }
      """
    let second = """
      Resources:
        Topic: { Type: AWS::SNS::Topic }
      Outputs:
        B: { Value: !ImportValue a, Export: { Name: b } }
      """
    #expect(try check([first, second]).findings(of: "EC1").isEmpty)
  }

  @Test("Users, user groups and caches find each other by reference, by id and through membership resources")
  func usersGroupsCaches() throws {
    let platform = """
      Resources:
        Group:
          Type: AWS::ElastiCache::UserGroup
          Properties: { Engine: valkey, UserGroupId: Shared-Users, UserIds: [] }
        Cache:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            ReplicationGroupDescription: shared
            Engine: valkey
            TransitEncryptionEnabled: false
            UserGroupIds: [shared-users]
      """
    let service = """
      Resources:
        Reader:
          Type: AWS::ElastiCache::User
          Properties:
            Engine: valkey
            UserId: reader
            UserName: reader
            AccessString: on ~shared:* -@all +@read
            AuthenticationMode: { Type: iam }
        Writer:
          Type: AWS::ElastiCache::User
          Properties:
            Engine: valkey
            UserId: writer
            UserName: writer
            AccessString: on ~shared:* -@all +@write
            AuthenticationMode: { Type: password, Passwords: ["{{resolve:secretsmanager:writer}}"] }
        ReaderMembership:
          Type: Custom::ElastiCacheUserGroupMembership
          Properties: { ServiceToken: arn, UserGroupId: shared-users, UserId: !Ref Reader }
        WriterMembership:
          Type: Custom::ElastiCacheUserGroupMembership
          Properties: { ServiceToken: arn, UserGroupId: shared-users, UserId: writer }
      """
    let report = try check([platform, service])
    #expect(report.pairs.contains("EC13 Cache"))
    #expect(report.pairs.contains("EC12 Group"))
    #expect(try check(platform).findings(of: "EC13").isEmpty)
  }

  @Test("A resource whose condition is false does not exist; one whose condition is undecided may")
  func resourceConditions() throws {
    let template = """
      Parameters:
        Create: { Type: String, Default: "no" }
        Maybe: { Type: String }
      Conditions:
        CreateIt: !Equals [!Ref Create, "yes"]
        MaybeIt: !Equals [!Ref Maybe, "yes"]
      Resources:
        Skipped:
          Type: AWS::ElastiCache::ServerlessCache
          Condition: CreateIt
          Properties: { Engine: valkey, ServerlessCacheName: skipped }
        Possible:
          Type: AWS::ElastiCache::ServerlessCache
          Condition: MaybeIt
          Properties: { Engine: valkey, ServerlessCacheName: possible }
      """
    let report = try check(template)
    #expect(!report.pairs.contains("EC7 Skipped"))
    #expect(report.pairs.contains("EC7 Possible"))
  }

  @Test("YAML short forms read as their long forms: !GetAtt a.b.c, !Condition, !Ref, tags on sequences")
  func shortForms() throws {
    let yaml = """
      Resources:
        Key: { Type: AWS::KMS::Key }
        Cache:
          Type: AWS::ElastiCache::ServerlessCache
          Properties:
            Engine: valkey
            ServerlessCacheName: !Join ["-", [orders, !Select [0, [cache]]]]
            KmsKeyId: !GetAtt Key.Arn
            UserGroupId: !Ref AWS::NoValue
      """
    let source = try TemplateReader.parse(yaml, name: "short.yaml")
    let properties = try #require(source.template["Resources"]?["Cache"]?["Properties"])
    #expect(properties["KmsKeyId"] == ["Fn::GetAtt": ["Key", "Arn"]])
    #expect(properties["UserGroupId"] == ["Ref": "AWS::NoValue"])
    let report = try check(yaml)
    #expect(report.findings(of: "EC7").first?.problem.message.contains("'orders-cache'") == true)
    #expect(report.findings(of: "EC3").isEmpty)
  }
}
