import AWSLogs
import Constructs

/// A log delivery with its destination resolved to what the resource properties name: a log group (the
/// given one, or one created for the log) or a delivery stream.
struct ResolvedLogDelivery {
  let logType: LogDelivery.LogType
  let format: LogDelivery.LogFormat
  /// `cloudwatch-logs` or `kinesis-firehose`.
  let destinationType: String
  /// The log group's name, for CloudWatch Logs.
  let logGroupName: StringValue?
  /// The delivery stream's name, for Kinesis Data Firehose.
  let deliveryStreamName: StringValue?

  /// The deliveries of `cache`, creating a log group (`SlowLogGroup`, `EngineLogGroup`) for each log
  /// delivered to CloudWatch Logs without one; the log groups are returned by log type.
  static func resolve(_ deliveries: [LogDelivery], in cache: Construct)
    -> (deliveries: [ResolvedLogDelivery], logGroups: [LogDelivery.LogType: any Logs.LogGroupProtocol])
  {
    var logGroups: [LogDelivery.LogType: any Logs.LogGroupProtocol] = [:]
    let resolved = deliveries.map { delivery in
      switch delivery.destination.kind {
      case .cloudWatchLogs(let given):
        let logGroup =
          given ?? logGroups[delivery.logType]
          ?? Logs.LogGroup(cache, "\(delivery.logType.constructName)Group")
        if logGroups[delivery.logType] == nil { logGroups[delivery.logType] = logGroup }
        return ResolvedLogDelivery(
          logType: delivery.logType, format: delivery.format, destinationType: "cloudwatch-logs",
          logGroupName: logGroup.logGroupName, deliveryStreamName: nil)
      case .kinesisFirehose(let stream):
        return ResolvedLogDelivery(
          logType: delivery.logType, format: delivery.format, destinationType: "kinesis-firehose",
          logGroupName: nil, deliveryStreamName: stream)
      }
    }
    return (resolved, logGroups)
  }
}
