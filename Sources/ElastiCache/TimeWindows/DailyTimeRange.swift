/// A daily time range in UTC, `hh24:mi-hh24:mi` (a snapshot window such as `03:00-04:00`); it may run past
/// midnight (`23:30-00:30`).
struct DailyTimeRange {
  /// Minutes after midnight at which the range starts.
  let start: Int
  /// How long the range lasts, in minutes (less than a day).
  let duration: Int

  /// The range in `text`; `nil` unless it reads `hh24:mi-hh24:mi`.
  init?(_ text: String) {
    let ends = text.split(separator: "-", omittingEmptySubsequences: false)
    guard ends.count == 2, let start = Self.minutes(ends[0]), let end = Self.minutes(ends[1]) else { return nil }
    self.start = start
    duration = (end - start + Self.minutesPerDay) % Self.minutesPerDay
  }

  static let minutesPerDay = 24 * 60

  /// Minutes after midnight of `hh24:mi`; `nil` for anything else.
  static func minutes(_ text: Substring) -> Int? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
      let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
    else { return nil }
    return hour * 60 + minute
  }
}
