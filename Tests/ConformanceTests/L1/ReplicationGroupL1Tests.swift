import ElastiCacheCDK
import Testing

@Suite("L1 conformance: AWS::ElastiCache::ReplicationGroup, SubnetGroup and ParameterGroup")
struct ReplicationGroupL1Tests {
  typealias Group = CfnReplicationGroup

  @Test("A replication group with most of its properties renders as the AWS CDK renders it")
  func replicationGroup() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ReplicationGroupL1")
    let subnets = CfnSubnetGroup(
      stack,
      "Subnets",
      subnetGroupDescription: "Orders cache subnets",
      subnetIDs: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
      cacheSubnetGroupName: "orders-subnets"
    )
    let parameters = CfnParameterGroup(
      stack,
      "Parameters",
      cacheParameterGroupFamily: "redis7",
      parameterGroupDescription: "Orders parameters",
      properties: ["maxmemory-policy": "allkeys-lru", "cluster-enabled": "yes"]
    )
    let group = Group(
      stack,
      "ReplicationGroup",
      replicationGroupDescription: "Orders replication group",
      atRestEncryptionEnabled: true,
      automaticFailoverEnabled: true,
      autoMinorVersionUpgrade: true,
      cacheNodeType: "cache.r7g.large",
      cacheParameterGroupName: parameters.ref,
      cacheSubnetGroupName: subnets.ref,
      clusterMode: "enabled",
      dataTieringEnabled: false,
      engine: "redis",
      engineVersion: "7.1",
      ipDiscovery: "ipv4",
      kmsKeyID: "alias/orders",
      logDeliveryConfigurations: [
        .init(
          destinationDetails: .init(cloudWatchLogsDetails: .init(logGroup: "/orders/slow-log")),
          destinationType: "cloudwatch-logs",
          logFormat: "json",
          logType: "slow-log"
        ),
        .init(
          destinationDetails: .init(kinesisFirehoseDetails: .init(deliveryStream: "orders-engine-log")),
          destinationType: "kinesis-firehose",
          logFormat: "text",
          logType: "engine-log"
        ),
      ],
      multiAZEnabled: true,
      networkType: "ipv4",
      nodeGroupConfiguration: [
        .init(
          nodeGroupID: "0001",
          primaryAvailabilityZone: "us-east-1a",
          replicaAvailabilityZones: ["us-east-1b"],
          replicaCount: 1,
          slots: "0-8191"
        ),
        .init(
          nodeGroupID: "0002",
          primaryAvailabilityZone: "us-east-1b",
          replicaAvailabilityZones: ["us-east-1c"],
          replicaCount: 1,
          slots: "8192-16383"
        ),
      ],
      notificationTopicARN: "arn:aws:sns:us-east-1:123456789012:orders-events",
      numNodeGroups: 2,
      port: 6380,
      preferredMaintenanceWindow: "sun:05:00-sun:06:00",
      replicasPerNodeGroup: 1,
      replicationGroupID: "orders-rg",
      securityGroupIDs: ["sg-0123456789abcdef0"],
      snapshotRetentionLimit: 5,
      snapshotWindow: "03:00-04:00",
      tags: ["team": "orders"],
      transitEncryptionEnabled: true,
      transitEncryptionMode: "required",
      userGroupIDs: ["app-users"]
    )
    _ = CfnOutput(
      stack,
      "ConfigurationEndpoint",
      value: "\(group.attrConfigurationEndPointAddress):\(group.attrConfigurationEndPointPort)"
    )
    _ = CfnOutput(stack, "ReadAddresses", value: Fn.join(",", group.attrReadEndPointAddressesList))

    try Goldens.expectMatch(app, "L1/replication-group")
  }

  @Test("Tags given to a resource merge with the tags applied to its scope, by priority")
  func subnetGroupTags() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "SubnetGroupTagsL1")
    _ = CfnSubnetGroup(
      stack,
      "Subnets",
      subnetGroupDescription: "Cache subnets",
      subnetIDs: ["subnet-0a1b2c3d"],
      tags: ["team": "cache", "name": "orders"]
    )
    _ = CfnSecurityGroup(stack, "LegacySecurityGroup", securityGroupDescription: "EC2-Classic cache security group")
    _ = CfnSubnetGroup(
      stack,
      "Untagged",
      subnetGroupDescription: "Subnets without tags of their own",
      subnetIDs: ["subnet-1"]
    )
    Tags.of(stack).add("team", "platform")
    Tags.of(stack).add("owner", "ops", excludeResourceTypes: ["AWS::ElastiCache::SecurityGroup"])

    try Goldens.expectMatch(app, "L1/subnet-group-tags")
  }
}
