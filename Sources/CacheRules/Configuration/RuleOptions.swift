import Foundation

/// The thresholds of the rules that have them, as a rules file may set them.
public struct RuleOptions: Sendable, Equatable {
  /// EC4: the fewest replicas per shard (default 1).
  public var minimumReplicas = 1
  /// EC5: the fewest days of automatic backups kept (default 1).
  public var minimumRetentionDays = 1
  /// EC16: the kinds of alarms each cache needs (default: all four).
  public var requiredAlarms: [AlarmKind] = AlarmKind.allCases
  /// EC17: the tags each cache needs (default: seed 004's six).
  public var requiredTags = ["env", "app", "team", "owner", "cost-center", "data-classification"]
  /// EC18: the day support dates are compared with, `YYYY-MM-DD` (default: today, in UTC).
  public var referenceDate: String = RuleOptions.today

  /// The defaults.
  public init() {}

  /// Today's date in UTC, `YYYY-MM-DD`.
  static var today: String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
  }
}

/// The kinds of alarm EC16 looks for, with the CloudWatch metrics that count for each.
public enum AlarmKind: String, Sendable, CaseIterable {
  case memory
  case evictions
  case cpu
  case connections

  /// The `AWS/ElastiCache` metrics that watch this.
  var metrics: Set<String> {
    switch self {
    case .memory:
      [
        "DatabaseMemoryUsagePercentage", "DatabaseMemoryUsageCountedForEvictPercentage", "BytesUsedForCache",
        "FreeableMemory", "BytesUsedForCacheItems", "DatabaseCapacityUsagePercentage",
      ]
    case .evictions: ["Evictions"]
    case .cpu: ["EngineCPUUtilization", "CPUUtilization", "ElastiCacheProcessingUnits"]
    case .connections: ["CurrConnections", "NewConnections"]
    }
  }
}
