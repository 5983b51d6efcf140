public import AWSLogs
public import Constructs

/// The delivery of one of a node-based cache's logs: which log (the slow log or the engine log), in which
/// format, and where to (a CloudWatch Logs log group, created when none is given, or a Kinesis Data
/// Firehose delivery stream).
///
/// ```swift
/// logDelivery: [.slowLog(), .engineLog(format: .text, destination: .cloudWatchLogs(logGroup))]
/// ```
public struct LogDelivery {
  /// Which log is delivered.
  public let logType: LogType
  /// The format of the delivered entries.
  public let format: LogFormat
  /// Where the entries go.
  public let destination: LogDestination

  /// The delivery of `logType` in `format` to `destination`.
  public init(logType: LogType, format: LogFormat = .json, destination: LogDestination = .cloudWatchLogs()) {
    self.logType = logType
    self.format = format
    self.destination = destination
  }

  /// The slow log: commands that took longer than the `slowlog-log-slower-than` parameter.
  public static func slowLog(format: LogFormat = .json, destination: LogDestination = .cloudWatchLogs()) -> LogDelivery
  {
    LogDelivery(logType: .slowLog, format: format, destination: destination)
  }

  /// The engine log: the engine's own messages, such as connections, failovers and configuration changes.
  public static func engineLog(format: LogFormat = .json, destination: LogDestination = .cloudWatchLogs())
    -> LogDelivery
  {
    LogDelivery(logType: .engineLog, format: format, destination: destination)
  }

  /// A log a cache delivers.
  public enum LogType: String, Sendable, CaseIterable {
    /// The slow log (`slow-log`); Redis OSS 6.0 and later, and Valkey.
    case slowLog = "slow-log"
    /// The engine log (`engine-log`); Redis OSS 6.2 and later, and Valkey.
    case engineLog = "engine-log"

    /// The log's name in construct ids: `SlowLog`, `EngineLog`.
    var constructName: String {
      switch self {
      case .slowLog: "SlowLog"
      case .engineLog: "EngineLog"
      }
    }
  }

  /// The format of delivered log entries.
  public enum LogFormat: String, Sendable, CaseIterable {
    /// One JSON object per entry.
    case json
    /// Plain text.
    case text
  }
}

/// Where a cache delivers a log.
public struct LogDestination {
  enum Kind {
    case cloudWatchLogs((any Logs.LogGroupProtocol)?)
    case kinesisFirehose(StringValue)
  }

  let kind: Kind

  /// A CloudWatch Logs log group; without one, the cache creates a log group for the log (kept for two
  /// years, and kept when the cache is deleted, as the AWS CDK's log groups are).
  public static func cloudWatchLogs(_ logGroup: (any Logs.LogGroupProtocol)? = nil) -> LogDestination {
    LogDestination(kind: .cloudWatchLogs(logGroup))
  }

  /// A Kinesis Data Firehose delivery stream, by name.
  public static func kinesisFirehose(_ deliveryStreamName: StringValue) -> LogDestination {
    LogDestination(kind: .kinesisFirehose(deliveryStreamName))
  }
}
