public import AWSCloudWatch
public import Constructs

extension NodeBasedCacheProtocol {
  /// A metric of one of the cache's clusters (namespace `AWS/ElastiCache`, dimension `CacheClusterId`; by
  /// default the first member cluster, such as `orders-cache-001`), averaged over 5 minutes unless
  /// `options` say otherwise.
  public func metric(
    _ metricName: String, cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init()
  ) -> CloudWatch.Metric {
    CloudWatch.Metric(
      namespace: "AWS/ElastiCache",
      metricName: metricName,
      dimensions: ["CacheClusterId": cacheClusterID ?? memberClusterIDs.first ?? ""],
      period: .minutes(5),
      statistic: "Average"
    ).with(options).attached(to: self)
  }

  private func metric(
    _ metricName: String, statistic: String, _ cacheClusterID: StringValue?, _ options: CloudWatch.MetricOptions
  ) -> CloudWatch.Metric {
    var defaults = CloudWatch.MetricOptions()
    defaults.statistic = statistic
    return metric(metricName, cacheClusterID: cacheClusterID, defaults).with(options)
  }

  /// The share of the engine thread's CPU in use (`EngineCPUUtilization`, average, %); Valkey and Redis OSS
  /// run commands on one thread, so this is the saturation to watch.
  public func metricEngineCPUUtilization(
    cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init()
  ) -> CloudWatch.Metric {
    metric("EngineCPUUtilization", statistic: "Average", cacheClusterID, options)
  }

  /// The share of the host's CPU in use (`CPUUtilization`, average, %).
  public func metricCPUUtilization(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("CPUUtilization", statistic: "Average", cacheClusterID, options)
  }

  /// The share of the memory available for data in use (`DatabaseMemoryUsagePercentage`, average, %).
  public func metricDatabaseMemoryUsagePercentage(
    cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init()
  ) -> CloudWatch.Metric {
    metric("DatabaseMemoryUsagePercentage", statistic: "Average", cacheClusterID, options)
  }

  /// Keys evicted for lack of memory (`Evictions`, sum).
  public func metricEvictions(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("Evictions", statistic: "Sum", cacheClusterID, options)
  }

  /// Client connections, replicas' excluded (`CurrConnections`, maximum).
  public func metricCurrConnections(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("CurrConnections", statistic: "Maximum", cacheClusterID, options)
  }

  /// Connections accepted (`NewConnections`, sum).
  public func metricNewConnections(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("NewConnections", statistic: "Sum", cacheClusterID, options)
  }

  /// How far a replica is behind its primary, in seconds (`ReplicationLag`, maximum); replicas only.
  public func metricReplicationLag(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("ReplicationLag", statistic: "Maximum", cacheClusterID, options)
  }

  /// Successful key lookups (`CacheHits`, sum).
  public func metricCacheHits(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("CacheHits", statistic: "Sum", cacheClusterID, options)
  }

  /// Unsuccessful key lookups (`CacheMisses`, sum).
  public func metricCacheMisses(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("CacheMisses", statistic: "Sum", cacheClusterID, options)
  }

  /// The share of key lookups that hit (`CacheHitRate`, average, %).
  public func metricCacheHitRate(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("CacheHitRate", statistic: "Average", cacheClusterID, options)
  }

  /// Bytes read from the network (`NetworkBytesIn`, sum).
  public func metricNetworkBytesIn(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("NetworkBytesIn", statistic: "Sum", cacheClusterID, options)
  }

  /// Bytes written to the network (`NetworkBytesOut`, sum).
  public func metricNetworkBytesOut(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("NetworkBytesOut", statistic: "Sum", cacheClusterID, options)
  }

  /// Swap in use on the host, in bytes (`SwapUsage`, maximum).
  public func metricSwapUsage(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("SwapUsage", statistic: "Maximum", cacheClusterID, options)
  }

  /// Memory free on the host, in bytes (`FreeableMemory`, minimum).
  public func metricFreeableMemory(cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init())
    -> CloudWatch.Metric
  {
    metric("FreeableMemory", statistic: "Minimum", cacheClusterID, options)
  }

  /// Failed authentications with an AUTH token or a user's password (`AuthenticationFailures`, sum).
  public func metricAuthenticationFailures(
    cacheClusterID: StringValue? = nil, _ options: CloudWatch.MetricOptions = .init()
  ) -> CloudWatch.Metric {
    metric("AuthenticationFailures", statistic: "Sum", cacheClusterID, options)
  }
}
