/// A weekly time range in UTC, `ddd:hh24:mi-ddd:hh24:mi` (a maintenance window such as `sun:05:00-sun:06:00`);
/// it may run past the end of the week (`sat:23:00-sun:01:00`).
struct WeeklyTimeRange {
  /// Minutes after Sunday midnight at which the range starts.
  let start: Int
  /// How long the range lasts, in minutes (less than a week).
  let duration: Int

  /// The range in `text`; `nil` unless it reads `ddd:hh24:mi-ddd:hh24:mi` with days `sun` to `sat`.
  init?(_ text: String) {
    let ends = text.split(separator: "-", omittingEmptySubsequences: false)
    guard ends.count == 2, let start = Self.minutes(ends[0]), let end = Self.minutes(ends[1]) else { return nil }
    self.start = start
    duration = (end - start + Self.minutesPerWeek) % Self.minutesPerWeek
  }

  static let minutesPerWeek = 7 * DailyTimeRange.minutesPerDay
  static let days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

  /// Whether the range shares a minute with the daily range on any day of the week.
  func overlaps(_ daily: DailyTimeRange) -> Bool {
    (0..<7).contains { day in
      let dailyStart = day * DailyTimeRange.minutesPerDay + daily.start
      return contains(dailyStart, start: start, duration: duration)
        || contains(start, start: dailyStart, duration: daily.duration)
    }
  }

  /// Whether `minute` lies in the range of `duration` minutes from `start`, on the week's circle.
  private func contains(_ minute: Int, start: Int, duration: Int) -> Bool {
    ((minute - start) % Self.minutesPerWeek + Self.minutesPerWeek) % Self.minutesPerWeek < duration
  }

  /// Minutes after Sunday midnight of `ddd:hh24:mi`; `nil` for anything else.
  private static func minutes(_ text: Substring) -> Int? {
    guard let colon = text.firstIndex(of: ":"), let day = days.firstIndex(of: text[..<colon].lowercased()),
      let time = DailyTimeRange.minutes(text[text.index(after: colon)...])
    else { return nil }
    return day * DailyTimeRange.minutesPerDay + time
  }
}
