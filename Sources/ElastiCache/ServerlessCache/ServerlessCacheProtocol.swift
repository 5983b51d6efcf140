public import AWSCloudWatch
public import AWSEC2
public import AWSIAM
public import AWSKMS
public import Constructs

/// A serverless cache: one created in this app (``ServerlessCache``) or an existing one imported by
/// name, ARN or attributes. It is connectable (security groups and a default port) and grants access.
public protocol ServerlessCacheProtocol: Construct, EC2.Connectable {
  /// The engine, when known.
  var engine: CacheEngine? { get }
  /// The cache's name.
  var serverlessCacheName: StringValue { get }
  /// The cache's ARN.
  var serverlessCacheArn: StringValue { get }
  /// The ARNs of snapshots restored into the cache.
  var backupArnsToRestore: [StringValue]? { get }
  /// The key that encrypts the cache at rest.
  var kmsKey: (any KMS.KeyProtocol)? { get }
  /// The VPC the cache is in.
  var vpc: (any EC2.VPCProtocol)? { get }
  /// The subnets the cache is in.
  var subnets: [any EC2.SubnetProtocol]? { get }
  /// The cache's security groups.
  var securityGroups: [any EC2.SecurityGroupProtocol]? { get }
  /// The user group that controls access.
  var userGroup: (any UserGroupProtocol)? { get }
}

extension ServerlessCacheProtocol {
  /// Allows `grantee` to connect: `elasticache:Connect` and `elasticache:DescribeServerlessCaches` on the cache.
  @discardableResult
  public func grantConnect(_ grantee: any IAM.Grantable) -> IAM.Grant {
    IAM.Grant.addToPrincipal(
      grantee: grantee,
      actions: ["elasticache:Connect", "elasticache:DescribeServerlessCaches"],
      resourceArns: [serverlessCacheArn]
    )
  }

  /// Allows `grantee` the given actions on the cache.
  @discardableResult
  public func grant(_ grantee: any IAM.Grantable, _ actions: String...) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [serverlessCacheArn])
  }

  /// A metric of the cache (namespace `AWS/ElastiCache`, dimension `ServerlessCacheName`), averaged over
  /// 5 minutes unless `options` say otherwise.
  public func metric(_ metricName: String, _ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    CloudWatch.Metric(
      namespace: "AWS/ElastiCache",
      metricName: metricName,
      dimensions: ["ServerlessCacheName": serverlessCacheName],
      period: .minutes(5),
      statistic: "Average"
    ).with(options).attached(to: self)
  }

  private func metric(_ metricName: String, statistic: String, _ options: CloudWatch.MetricOptions) -> CloudWatch.Metric
  {
    var defaults = CloudWatch.MetricOptions()
    defaults.statistic = statistic
    return metric(metricName, defaults).with(options)
  }

  /// Successful read-only key lookups (`CacheHits`, sum).
  public func metricCacheHitCount(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("CacheHits", statistic: "Sum", options)
  }

  /// Unsuccessful read-only key lookups (`CacheMisses`, sum).
  public func metricCacheMissCount(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("CacheMisses", statistic: "Sum", options)
  }

  /// The share of key lookups that hit (`CacheHitRate`, average).
  public func metricCacheHitRate(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("CacheHitRate", statistic: "Average", options)
  }

  /// Bytes of data stored (`BytesUsedForCache`, maximum).
  public func metricDataStored(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("BytesUsedForCache", statistic: "Maximum", options)
  }

  /// ElastiCache Processing Units consumed (`ElastiCacheProcessingUnits`, average).
  public func metricProcessingUnitsConsumed(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("ElastiCacheProcessingUnits", statistic: "Average", options)
  }

  /// Bytes read from the network (`NetworkBytesIn`, sum).
  public func metricNetworkBytesIn(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("NetworkBytesIn", statistic: "Sum", options)
  }

  /// Bytes sent to the network (`NetworkBytesOut`, sum).
  public func metricNetworkBytesOut(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("NetworkBytesOut", statistic: "Sum", options)
  }

  /// Client connections (`CurrConnections`, maximum).
  public func metricActiveConnections(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("CurrConnections", statistic: "Maximum", options)
  }

  /// Latency of successful writes (`SuccessfulWriteRequestLatency`, average).
  public func metricWriteRequestLatency(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("SuccessfulWriteRequestLatency", statistic: "Average", options)
  }

  /// Latency of successful reads (`SuccessfulReadRequestLatency`, average).
  public func metricReadRequestLatency(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
    metric("SuccessfulReadRequestLatency", statistic: "Average", options)
  }
}
