public import Constructs

extension CloudWatch.Metric {
  /// Creates an alarm on this metric (see ``CloudWatch/Alarm`` for the parameters).
  ///
  /// ```swift
  /// cache.metricProcessingUnitsConsumed().createAlarm(stack, "Alarm", threshold: 50, evaluationPeriods: 1)
  /// ```
  @discardableResult
  public func createAlarm(
    _ scope: Construct,
    _ id: String,
    threshold: Double,
    evaluationPeriods: Int,
    datapointsToAlarm: Int? = nil,
    comparisonOperator: CloudWatch.ComparisonOperator = .greaterThanOrEqualToThreshold,
    treatMissingData: CloudWatch.TreatMissingData? = nil,
    alarmName: String? = nil,
    alarmDescription: String? = nil,
    actionsEnabled: Bool? = nil,
    evaluateLowSampleCountPercentile: String? = nil
  ) -> CloudWatch.Alarm {
    CloudWatch.Alarm(
      scope,
      id,
      metric: self,
      threshold: threshold,
      evaluationPeriods: evaluationPeriods,
      datapointsToAlarm: datapointsToAlarm,
      comparisonOperator: comparisonOperator,
      treatMissingData: treatMissingData,
      alarmName: alarmName,
      alarmDescription: alarmDescription,
      actionsEnabled: actionsEnabled,
      evaluateLowSampleCountPercentile: evaluateLowSampleCountPercentile
    )
  }
}
