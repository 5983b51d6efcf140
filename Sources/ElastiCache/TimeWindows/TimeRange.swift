/// A time range in UTC that comes back every day or every week: a snapshot window `hh24:mi-hh24:mi` (such as
/// `03:00-04:00`) or a maintenance window `ddd:hh24:mi-ddd:hh24:mi` (such as `sun:05:00-sun:06:00`). It may run
/// past the end of its day or week (`23:30-00:30`, `sat:23:00-sun:01:00`).
struct TimeRange {
  /// Minutes after the start of the period (midnight, or Sunday midnight) at which the range starts.
  let start: Int
  /// How long the range lasts, in minutes (less than the period).
  let duration: Int
  /// The minutes after which the range comes back: a day or a week.
  let period: Int

  static let minutesPerDay = 24 * 60
  static let minutesPerWeek = 7 * minutesPerDay
  private static let days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

  /// The daily range in `text`; `nil` unless it reads `hh24:mi-hh24:mi`.
  static func daily(_ text: String) -> TimeRange? {
    TimeRange(text, period: minutesPerDay, minutes: timeOfDay)
  }

  /// The weekly range in `text`; `nil` unless it reads `ddd:hh24:mi-ddd:hh24:mi` with days `sun` to `sat`.
  static func weekly(_ text: String) -> TimeRange? {
    TimeRange(text, period: minutesPerWeek) { text in
      guard let colon = text.firstIndex(of: ":"), let day = days.firstIndex(of: text[..<colon].lowercased()),
        let time = timeOfDay(text[text.index(after: colon)...])
      else { return nil }
      return day * minutesPerDay + time
    }
  }

  private init?(_ text: String, period: Int, minutes: (Substring) -> Int?) {
    let ends = text.split(separator: "-", omittingEmptySubsequences: false)
    guard ends.count == 2, let start = minutes(ends[0]), let end = minutes(ends[1]) else { return nil }
    self.start = start
    self.period = period
    duration = (end - start + period) % period
  }

  /// Whether the two ranges share a minute: every time the one with the shorter period comes back within the
  /// longer period of the other.
  func overlaps(_ other: TimeRange) -> Bool {
    let (long, short) = period >= other.period ? (self, other) : (other, self)
    return (0..<(long.period / short.period)).contains { repetition in
      let shortStart = repetition * short.period + short.start
      return long.contains(shortStart)
        || TimeRange.contains(long.start, from: shortStart, lasting: short.duration, in: long.period)
    }
  }

  /// Whether the range holds `minute` of its period.
  private func contains(_ minute: Int) -> Bool {
    Self.contains(minute, from: start, lasting: duration, in: period)
  }

  /// Whether `minute` lies in the `duration` minutes from `start`, on a circle of `period` minutes.
  private static func contains(_ minute: Int, from start: Int, lasting duration: Int, in period: Int) -> Bool {
    ((minute - start) % period + period) % period < duration
  }

  /// Minutes after midnight of `hh24:mi`; `nil` for anything else.
  private static func timeOfDay(_ text: Substring) -> Int? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
      let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
    else { return nil }
    return hour * 60 + minute
  }
}
