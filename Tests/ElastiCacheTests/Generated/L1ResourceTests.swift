import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("Typed L1 resources")
struct L1ResourceTests {
  /// The properties of the resource `logicalID` in the stack's template.
  private func properties(_ stack: Stack, _ logicalID: String) throws -> TemplateValue? {
    try Template(stack).json["Resources"]?[logicalID]?["Properties"]
  }

  /// The stack's template, for stacks that exercise the classes rather than describe something deployable:
  /// unlike `Template(stack)`, it keeps no copy for linting (the cfn-lint that CI installs does not know every
  /// resource type yet, and a `Fn::GetAtt` of an object attribute is not valid everywhere).
  private func exercisingTemplate(_ stack: Stack) throws -> Template {
    let app = try #require(stack.node.root as? App)
    return Template(json: try #require(try app.synthesize().stack(stack.artifactID)?.template))
  }

  @Test("Set properties render in the alphabetical order of their CloudFormation names; unset ones are left out")
  func propertyOrder() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    _ = CfnServerlessCache(
      stack,
      "Cache",
      engine: "valkey",
      serverlessCacheName: "orders",
      subnetIDs: ["subnet-1"],
      userGroupID: "users"
    )
    let rendered = try #require(try properties(stack, "Cache")?.objectValue)
    #expect(rendered.keys == ["Engine", "ServerlessCacheName", "SubnetIds", "UserGroupId"])
  }

  @Test("Swift names case acronyms uniformly and map back to the CloudFormation names")
  func swiftNames() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    _ = CfnServerlessCache(
      stack,
      "Cache",
      engine: "valkey",
      serverlessCacheName: "orders",
      cacheUsageLimits: .init(ecpuPerSecond: .init(maximum: 5000)),
      kmsKeyID: "alias/cache",
      securityGroupIDs: ["sg-0123456789abcdef0"],
      serverlessCacheDescription: "Orders",
      snapshotARNsToRestore: ["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:seed"],
      subnetIDs: ["subnet-1"],
      userGroupID: "users"
    )
    _ = CfnCacheCluster(
      stack,
      "Cluster",
      cacheNodeType: "cache.t4g.micro",
      engine: "memcached",
      numCacheNodes: 2,
      azMode: "cross-az",
      notificationTopicARN: "arn:aws:sns:us-east-1:123456789012:events",
      vpcSecurityGroupIDs: ["sg-0123456789abcdef0"]
    )
    _ = CfnSecurityGroupIngress(
      stack,
      "Ingress",
      cacheSecurityGroupName: "legacy",
      ec2SecurityGroupName: "web",
      ec2SecurityGroupOwnerID: "123456789012"
    )
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::ElastiCache::ServerlessCache",
      [
        "CacheUsageLimits": ["ECPUPerSecond": ["Maximum": 5000]],
        "Description": "Orders",
        "KmsKeyId": "alias/cache",
        "SecurityGroupIds": ["sg-0123456789abcdef0"],
        "SnapshotArnsToRestore": ["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:seed"],
        "SubnetIds": ["subnet-1"],
        "UserGroupId": "users",
      ]
    )
    try template.hasResourceProperties(
      "AWS::ElastiCache::CacheCluster",
      [
        "AZMode": "cross-az",
        "NotificationTopicArn": "arn:aws:sns:us-east-1:123456789012:events",
        "VpcSecurityGroupIds": ["sg-0123456789abcdef0"],
      ]
    )
    try template.hasResourceProperties(
      "AWS::ElastiCache::SecurityGroupIngress",
      ["EC2SecurityGroupName": "web", "EC2SecurityGroupOwnerId": "123456789012"]
    )
  }

  @Test("Properties changed after creation are rendered, tokens included")
  func changedProperties() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let group = CfnUserGroup(stack, "Group", engine: "valkey", userGroupID: "users", userIDs: ["default"])
    let cache = CfnServerlessCache(stack, "Cache", engine: "valkey", serverlessCacheName: "orders")
    cache.engine = "redis"
    cache.userGroupID = group.ref
    cache.snapshotRetentionLimit = 3
    cache.cacheUsageLimits = .init(dataStorage: .init(unit: "GB", maximum: 5))
    cache.cacheUsageLimits?.dataStorage?.minimum = 1
    #expect(
      try properties(stack, "Cache")
        == [
          "CacheUsageLimits": ["DataStorage": ["Maximum": 5, "Minimum": 1, "Unit": "GB"]],
          "Engine": "redis",
          "ServerlessCacheName": "orders",
          "SnapshotRetentionLimit": 3,
          "UserGroupId": ["Ref": "Group"],
        ]
    )
  }

  @Test("Attributes are Fn::GetAtt of the AWS CDK's attribute names, typed as CloudFormation returns them")
  func attributes() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let cache = CfnServerlessCache(stack, "Cache", engine: "valkey", serverlessCacheName: "orders")
    let group = CfnReplicationGroup(stack, "Group", replicationGroupDescription: "Orders")
    let snapshot = CfnSnapshot(stack, "Snapshot", snapshotName: "nightly")
    _ = CfnOutput(stack, "Endpoint", value: "\(cache.attrEndpointAddress):\(cache.attrEndpointPort)")
    _ = CfnOutput(stack, "Arn", value: cache.attrARN)
    _ = CfnOutput(stack, "Readers", value: Fn.join(",", group.attrReadEndPointAddressesList))
    _ = CfnOutput(stack, "Nodes", value: "\(snapshot.attrNumCacheNodes) nodes")
    _ = CfnResource(stack, "Consumer", type: "Custom::Endpoint", properties: ["Endpoint": group.attrPrimaryEndPoint])

    let template = try exercisingTemplate(stack)
    try template.hasOutput(
      "Endpoint",
      [
        "Value": [
          "Fn::Join": [
            "", [["Fn::GetAtt": ["Cache", "Endpoint.Address"]], ":", ["Fn::GetAtt": ["Cache", "Endpoint.Port"]]],
          ]
        ]
      ]
    )
    try template.hasOutput("Arn", ["Value": ["Fn::GetAtt": ["Cache", "ARN"]]])
    try template.hasOutput(
      "Readers",
      ["Value": ["Fn::Join": [",", ["Fn::GetAtt": ["Group", "ReadEndPoint.AddressesList"]]]]]
    )
    try template.hasOutput(
      "Nodes",
      ["Value": ["Fn::Join": ["", [["Fn::GetAtt": ["Snapshot", "NumCacheNodes"]], " nodes"]]]]
    )
    try template.hasResourceProperties(
      "Custom::Endpoint",
      ["Endpoint": ["Fn::GetAtt": ["Group", "PrimaryEndPoint"]]]
    )
  }

  @Test("A map property renders its entries in the order of their keys")
  func mapProperty() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    _ = CfnParameterGroup(
      stack,
      "Parameters",
      cacheParameterGroupFamily: "redis7",
      parameterGroupDescription: "Orders",
      properties: ["maxmemory-policy": "allkeys-lru", "activedefrag": "yes", "cluster-enabled": "no"]
    )
    let rendered = try #require(try properties(stack, "Parameters")?["Properties"]?.objectValue)
    #expect(rendered.keys == ["activedefrag", "cluster-enabled", "maxmemory-policy"])
  }

  @Test("Property types are values: equal when their properties are equal")
  func propertyTypesAreValues() {
    let limits = CfnServerlessCache.CacheUsageLimitsProperty(dataStorage: .init(unit: "GB", maximum: 10))
    var changed = limits
    #expect(changed == limits)
    changed.dataStorage?.maximum = 20
    #expect(changed != limits)
    #expect(CfnUser.AuthenticationModeProperty(type: "iam") == .init(type: "iam", passwords: nil))
  }

  @Test("Overrides still apply on top of the typed properties")
  func overrides() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let cache = CfnServerlessCache(
      stack,
      "Cache",
      engine: "valkey",
      serverlessCacheName: "orders",
      cacheUsageLimits: .init(dataStorage: .init(unit: "GB", maximum: 10))
    )
    cache.addPropertyOverride("CacheUsageLimits.DataStorage.Minimum", 2)
    cache.addPropertyDeletionOverride("CacheUsageLimits.DataStorage.Maximum")
    cache.addPropertyOverride("Engine", "redis")
    #expect(
      try properties(stack, "Cache")
        == [
          "CacheUsageLimits": ["DataStorage": ["Minimum": 2, "Unit": "GB"]], "Engine": "redis",
          "ServerlessCacheName": "orders",
        ]
    )
  }

  @Test("Every AWS::ElastiCache resource type has a typed class")
  func everyResourceType() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let resources: [CfnResource] = [
      CfnCacheCluster(stack, "CacheCluster", cacheNodeType: "cache.t4g.micro", engine: "redis", numCacheNodes: 1),
      CfnGlobalReplicationGroup(stack, "Global", members: [.init(replicationGroupID: "orders", role: "PRIMARY")]),
      CfnParameterGroup(stack, "ParameterGroup", cacheParameterGroupFamily: "redis7", parameterGroupDescription: "x"),
      CfnReplicationGroup(stack, "ReplicationGroup", replicationGroupDescription: "x"),
      CfnSecurityGroup(stack, "SecurityGroup", securityGroupDescription: "x"),
      CfnSecurityGroupIngress(stack, "Ingress", cacheSecurityGroupName: "x", ec2SecurityGroupName: "y"),
      CfnServerlessCache(stack, "Serverless", engine: "valkey", serverlessCacheName: "x"),
      CfnServerlessCacheSnapshot(
        stack, "ServerlessSnapshot", serverlessCacheName: "x", serverlessCacheSnapshotName: "y"),
      CfnSnapshot(stack, "Snapshot", snapshotName: "x"),
      CfnSubnetGroup(stack, "SubnetGroup", subnetGroupDescription: "x", subnetIDs: ["subnet-1"]),
      CfnUser(stack, "User", engine: "valkey", userID: "x", userName: "x"),
      CfnUserGroup(stack, "UserGroup", engine: "valkey", userGroupID: "x", userIDs: ["default"]),
    ]
    let template = try exercisingTemplate(stack)
    let types = (template.json["Resources"]?.objectValue ?? TemplateObject()).compactMap {
      $0.value["Type"]?.stringValue
    }
    #expect(
      Set(types) == [
        "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::GlobalReplicationGroup",
        "AWS::ElastiCache::ParameterGroup", "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::SecurityGroup",
        "AWS::ElastiCache::SecurityGroupIngress", "AWS::ElastiCache::ServerlessCache",
        "AWS::ElastiCache::ServerlessCacheSnapshot", "AWS::ElastiCache::Snapshot", "AWS::ElastiCache::SubnetGroup",
        "AWS::ElastiCache::User", "AWS::ElastiCache::UserGroup",
      ]
    )
    #expect(types.count == resources.count)
    #expect(resources.filter { $0.tags == nil }.map(\.cfnResourceType) == ["AWS::ElastiCache::SecurityGroupIngress"])
  }
}
