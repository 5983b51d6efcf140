import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// What a replication group renders: its defaults, the two cluster modes, the resources it creates for
/// itself, its endpoints, connections, grants and imports.
@Suite("Replication group")
struct ReplicationGroupTests {
  @Test(
    "By default: Valkey (newest), one primary and one replica, Multi-AZ, encrypted, with its own subnet and security groups"
  )
  func defaults() throws {
    let fixture = StackWithVPC()
    _ = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc)
    let template = try Template(fixture.stack)
    try template.hasResource(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "Properties": Match.exact([
          "ReplicationGroupDescription": "Replication group for Cache cache.",
          "Engine": "valkey",
          "EngineVersion": "9.0",
          "CacheNodeType": "cache.t4g.micro",
          "CacheParameterGroupName": "default.valkey9",
          "CacheSubnetGroupName": ["Ref": "CacheSubnetGroup91C52AB9"],
          "SecurityGroupIds": [["Fn::GetAtt": ["CacheSecurityGroup79A9F160", "GroupId"]]],
          "NumCacheClusters": 2,
          "MultiAZEnabled": true,
          "AutomaticFailoverEnabled": true,
          "Port": 6379,
          "TransitEncryptionEnabled": true,
          "AtRestEncryptionEnabled": true,
        ]),
        "DeletionPolicy": "Snapshot",
        "UpdateReplacePolicy": "Snapshot",
        "UpdatePolicy": Match.absent,
      ])
    try template.hasResourceProperties(
      "AWS::ElastiCache::SubnetGroup",
      [
        "Description": "Subnet group for Cache cache.",
        "SubnetIds": [["Ref": "VPCPrivateSubnet1Subnet8BCA10E0"], ["Ref": "VPCPrivateSubnet2SubnetCFCDAA7A"]],
      ])
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroup", ["GroupDescription": "Security group for Cache cache."])
  }

  @Test(
    "The default version is the newest known version of the engine's major version",
    arguments: [
      (CacheEngine.valkeyLatest, "9.0", "default.valkey9"), (.valkey7, "7.2", "default.valkey7"),
      (.valkey8, "8.2", "default.valkey8"), (.valkey9, "9.0", "default.valkey9"),
      (.redisLatest, "7.1", "default.redis7"),
      (.redis7, "7.1", "default.redis7"), (.of("redis", majorVersion: "6"), "6.2", "default.redis6.x"),
    ])
  func defaultVersions(engine: CacheEngine, version: String, parameterGroup: String) throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc, engine: engine)
    #expect(group.engineVersion?.literal == version)
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "Engine": .exact(.string(engine.engineType)), "EngineVersion": .exact(.string(version)),
        "CacheParameterGroupName": .exact(.string(parameterGroup)),
      ])
  }

  @Test("Without replicas, Multi-AZ and automatic failover are off")
  func withoutReplicas() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc, replicasPerShard: 0)
    #expect(!group.multiAZ && !group.automaticFailover)
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      ["NumCacheClusters": 1, "MultiAZEnabled": false, "AutomaticFailoverEnabled": false])
  }

  @Test(
    "Two shards or more enable cluster mode: node groups, the cluster-mode default parameter group, online resharding")
  func clusterModeEnabled() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(
      fixture.stack, "Cache", vpc: fixture.vpc, engine: .valkey8, shards: 3, replicasPerShard: 2)
    #expect(group.clusterModeEnabled == true)
    try Template(fixture.stack).hasResource(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "Properties": [
          "NumNodeGroups": 3, "ReplicasPerNodeGroup": 2, "NumCacheClusters": .absent,
          "CacheParameterGroupName": "default.valkey8.cluster.on", "AutomaticFailoverEnabled": true,
          "MultiAZEnabled": true, "ClusterMode": .absent,
        ],
        "UpdatePolicy": ["UseOnlineResharding": true],
      ])
  }

  @Test("clusterMode: .enabled gives a cluster-mode-enabled group of one shard, with ClusterMode rendered")
  func clusterModeOfOneShard() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(
      fixture.stack, "Cache", vpc: fixture.vpc, replicasPerShard: 0, clusterMode: .enabled)
    #expect(group.automaticFailover && !group.multiAZ)
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "ClusterMode": "enabled", "NumNodeGroups": 1, "ReplicasPerNodeGroup": 0,
        "CacheParameterGroupName": "default.valkey9.cluster.on", "AutomaticFailoverEnabled": true,
      ])
  }

  @Test("Endpoints are GetAtt tokens: primary and reader with cluster mode disabled, configuration with it enabled")
  func endpoints() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let disabled = ReplicationGroup(stack, "Cache", vpc: fixture.vpc)
    let enabled = ReplicationGroup(stack, "Sharded", vpc: fixture.vpc, shards: 2)
    #expect(
      stack.resolve(disabled.primaryEndpointAddress) == ["Fn::GetAtt": ["Cache18F6EE16", "PrimaryEndPoint.Address"]])
    #expect(stack.resolve(disabled.primaryEndpointPort) == ["Fn::GetAtt": ["Cache18F6EE16", "PrimaryEndPoint.Port"]])
    #expect(
      stack.resolve(disabled.readerEndpointAddress) == ["Fn::GetAtt": ["Cache18F6EE16", "ReaderEndPoint.Address"]])
    #expect(stack.resolve(disabled.readerEndpointPort) == ["Fn::GetAtt": ["Cache18F6EE16", "ReaderEndPoint.Port"]])
    #expect(stack.resolve(disabled.endpointAddress) == ["Fn::GetAtt": ["Cache18F6EE16", "PrimaryEndPoint.Address"]])
    #expect(
      stack.resolve(enabled.configurationEndpointAddress)
        == ["Fn::GetAtt": ["ShardedB97B2A58", "ConfigurationEndPoint.Address"]])
    #expect(
      stack.resolve(enabled.configurationEndpointPort) == [
        "Fn::GetAtt": ["ShardedB97B2A58", "ConfigurationEndPoint.Port"]
      ])
    #expect(stack.resolve(enabled.endpointPort) == ["Fn::GetAtt": ["ShardedB97B2A58", "ConfigurationEndPoint.Port"]])
    #expect(errorCodes(of: stack).isEmpty)
  }

  @Test("The id is the given one in lowercase, else Ref; the ARN and the member clusters follow it")
  func identifiers() {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let named = ReplicationGroup(stack, "Named", vpc: fixture.vpc, replicationGroupID: "Orders-Cache")
    let generated = ReplicationGroup(stack, "Generated", vpc: fixture.vpc, shards: 2, replicasPerShard: 1)
    #expect(named.replicationGroupID.literal == "orders-cache")
    #expect(stack.resolve(generated.replicationGroupID) == ["Ref": "Generated4DF44E21"])
    #expect(
      stack.resolve(named.replicationGroupArn)
        == [
          "Fn::Join": [
            "",
            [
              "arn:", ["Ref": "AWS::Partition"], ":elasticache:", ["Ref": "AWS::Region"], ":",
              ["Ref": "AWS::AccountId"],
              ":replicationgroup:orders-cache",
            ],
          ]
        ])
    #expect(named.memberClusterIDs.map(\.literal) == ["orders-cache-001", "orders-cache-002"])
    #expect(
      generated.memberClusterIDs.map { stack.resolve($0) }
        == ["0001-001", "0001-002", "0002-001", "0002-002"].map {
          ["Fn::Join": ["", [["Ref": "Generated4DF44E21"], .string("-\($0)")]]]
        })
  }

  @Test("Connections use the group's port: allowing a security group adds an ingress rule on it")
  func connections() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let group = ReplicationGroup(stack, "Cache", vpc: fixture.vpc, port: 6380)
    let client = EC2.SecurityGroup(stack, "Client", vpc: fixture.vpc)
    group.connections.allowDefaultPortFrom(client)
    try Template(stack).hasResourceProperties(
      "AWS::EC2::SecurityGroupIngress",
      [
        "IpProtocol": "tcp", "FromPort": 6380, "ToPort": 6380,
        "GroupId": ["Fn::GetAtt": ["CacheSecurityGroup79A9F160", "GroupId"]],
        "SourceSecurityGroupId": ["Fn::GetAtt": ["Client4A7F64DF", "GroupId"]],
      ])
  }

  @Test("Given security groups and subnet group replace the created ones")
  func givenPlacement() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let securityGroup = EC2.SecurityGroup(stack, "Given", vpc: fixture.vpc)
    let subnets = SubnetGroup.fromSubnetGroupName(stack, "Subnets", "existing-subnets")
    _ = ReplicationGroup(stack, "Cache", vpc: fixture.vpc, subnetGroup: subnets, securityGroups: [securityGroup])
    let template = try Template(stack)
    try template.resourceCountIs("AWS::ElastiCache::SubnetGroup", 0)
    try template.resourceCountIs("AWS::EC2::SecurityGroup", 1)
    try template.hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "CacheSubnetGroupName": "existing-subnets",
        "SecurityGroupIds": [["Fn::GetAtt": ["GivenEA18D9CA", "GroupId"]]],
      ])
  }

  @Test("An AUTH token from Secrets Manager is a dynamic reference, never the secret")
  func authToken() throws {
    let fixture = StackWithVPC()
    _ = ReplicationGroup(
      fixture.stack, "Cache", vpc: fixture.vpc, authToken: .secretsManager("orders/auth-token", jsonField: "token"))
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "AuthToken": "{{resolve:secretsmanager:orders/auth-token:SecretString:token::}}",
        "TransitEncryptionEnabled": true,
      ])
  }

  @Test("A user group is referenced by name, and the group depends on it")
  func userGroup() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let user = IAMUser(stack, "Reader", userId: "reader", accessControl: .fromAccessString("on ~* +@read"))
    let users = UserGroup(stack, "Users", userGroupName: "readers", users: [user])
    let group = ReplicationGroup(stack, "Cache", vpc: fixture.vpc, userGroup: users)
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    group.grantConnect(role)
    user.grantConnect(role)
    let template = try Template(stack)
    try template.hasResource(
      "AWS::ElastiCache::ReplicationGroup",
      ["Properties": ["UserGroupIds": ["readers"]], "DependsOn": ["Users0A0EEA89"]])
    try template.hasResourceProperties(
      "AWS::IAM::Policy",
      [
        "PolicyDocument": [
          "Statement": Match.arrayWith([
            [
              "Action": ["elasticache:Connect", "elasticache:DescribeReplicationGroups"],
              "Effect": "Allow",
              "Resource": [
                "Fn::Join": [
                  "",
                  [
                    "arn:", ["Ref": "AWS::Partition"], ":elasticache:", ["Ref": "AWS::Region"], ":",
                    ["Ref": "AWS::AccountId"], ":replicationgroup:", ["Ref": "Cache18F6EE16"],
                  ],
                ]
              ],
            ]
          ])
        ]
      ])
    #expect(try warnings(of: stack, at: "Default/Cache").isEmpty)
  }

  @Test("Granting connect on a group whose imported user group did not list its users warns of nothing")
  func grantWithImportedUserGroup() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let users = UserGroup.fromUserGroupAttributes(stack, "Users", userGroupName: "existing-users", engine: .valkey)
    let group = ReplicationGroup(stack, "Cache", vpc: fixture.vpc, userGroup: users)
    group.grantConnect(IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
    #expect(try warnings(of: stack, at: "Default/Cache").isEmpty)
  }

  @Test("A KMS key encrypts at rest; r6gd nodes get data tiering")
  func keyAndDataTiering() throws {
    let fixture = StackWithVPC()
    let key = KMS.Key(fixture.stack, "Key")
    _ = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc, cacheNodeType: .r6gdXLarge, kmsKey: key)
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      ["KmsKeyId": ["Ref": "Key961B73FD"], "AtRestEncryptionEnabled": true, "DataTieringEnabled": true])
  }

  @Test("A log delivery to CloudWatch Logs without a log group creates one, kept two years and retained")
  func logDelivery() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(
      fixture.stack, "Cache", vpc: fixture.vpc,
      logDelivery: [.slowLog(), .engineLog(format: .text, destination: .kinesisFirehose("engine-logs"))])
    #expect(group.logGroups.count == 1)
    let template = try Template(fixture.stack)
    try template.hasResource(
      "AWS::Logs::LogGroup",
      ["Properties": ["RetentionInDays": 731], "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"])
    try template.hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup",
      [
        "LogDeliveryConfigurations": [
          [
            "DestinationDetails": ["CloudWatchLogsDetails": ["LogGroup": ["Ref": "CacheSlowLogGroup0696A829"]]],
            "DestinationType": "cloudwatch-logs", "LogFormat": "json", "LogType": "slow-log",
          ],
          [
            "DestinationDetails": ["KinesisFirehoseDetails": ["DeliveryStream": "engine-logs"]],
            "DestinationType": "kinesis-firehose", "LogFormat": "text", "LogType": "engine-log",
          ],
        ]
      ])
  }

  @Test("The removal policy can be changed from the default snapshot")
  func removalPolicy() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(fixture.stack, "Cache", vpc: fixture.vpc, removalPolicy: .retain)
    try Template(fixture.stack).hasResource(
      "AWS::ElastiCache::ReplicationGroup", ["DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"])
    group.applyRemovalPolicy(.destroy)
    try Template(fixture.stack).hasResource(
      "AWS::ElastiCache::ReplicationGroup", ["DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"])
  }

  @Test("The Id spelling of API.md's examples still compiles and renders the same group")
  @available(*, deprecated)
  func deprecatedSpelling() throws {
    let fixture = StackWithVPC()
    let group = ReplicationGroup(
      fixture.stack, "Cache", vpc: fixture.vpc, engine: .redis7, replicationGroupId: "orders-cache",
      description: "Orders cache")
    #expect(group.replicationGroupId.literal == "orders-cache")
    let imported = ReplicationGroup.fromReplicationGroupAttributes(
      fixture.stack, "Imported", replicationGroupId: "Other-Cache")
    #expect(imported.replicationGroupId.literal == "other-cache")
    try Template(fixture.stack).hasResourceProperties(
      "AWS::ElastiCache::ReplicationGroup", ["ReplicationGroupId": "orders-cache", "Engine": "redis"])
  }

  @Test("An imported group has the given endpoints, security groups and port")
  func imported() throws {
    let fixture = StackWithVPC()
    let stack = fixture.stack
    let securityGroup = EC2.SecurityGroup.fromSecurityGroupID(stack, "GroupSG", "sg-0123456789abcdef0")
    let group = ReplicationGroup.fromReplicationGroupAttributes(
      stack, "Imported", replicationGroupID: "orders-cache", engine: .redis7, port: 6380,
      securityGroups: [securityGroup], primaryEndpointAddress: "orders.abc.use1.cache.amazonaws.com",
      readerEndpointAddress: "orders-ro.abc.use1.cache.amazonaws.com")
    #expect(group.primaryEndpointAddress.literal == "orders.abc.use1.cache.amazonaws.com")
    #expect(group.readerEndpointAddress.literal == "orders-ro.abc.use1.cache.amazonaws.com")
    #expect(group.primaryEndpointPort.literal == "6380")
    #expect(group.memberClusterIDs.map(\.literal) == ["orders-cache-001"])
    #expect(
      stack.resolve(group.replicationGroupArn)
        == [
          "Fn::Join": [
            "",
            [
              "arn:", ["Ref": "AWS::Partition"], ":elasticache:", ["Ref": "AWS::Region"], ":",
              ["Ref": "AWS::AccountId"],
              ":replicationgroup:orders-cache",
            ],
          ]
        ])
    let client = EC2.SecurityGroup(stack, "Client", vpc: fixture.vpc)
    client.connections.allowToDefaultPort(group)
    try Template(stack).hasResourceProperties(
      "AWS::EC2::SecurityGroupIngress",
      [
        "GroupId": "sg-0123456789abcdef0", "FromPort": 6380, "ToPort": 6380,
        "SourceSecurityGroupId": ["Fn::GetAtt": ["Client4A7F64DF", "GroupId"]],
      ])
  }
}
