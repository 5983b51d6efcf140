/// A length of time, such as a metric period or a function timeout.
public struct Duration: Sendable, Equatable {
  /// The length in seconds.
  public let seconds: Double

  private init(seconds: Double) { self.seconds = seconds }

  /// `amount` milliseconds.
  public static func millis(_ amount: Double) -> Duration { Duration(seconds: amount / 1000) }
  /// `amount` seconds.
  public static func seconds(_ amount: Double) -> Duration { Duration(seconds: amount) }
  /// `amount` minutes.
  public static func minutes(_ amount: Double) -> Duration { Duration(seconds: amount * 60) }
  /// `amount` hours.
  public static func hours(_ amount: Double) -> Duration { Duration(seconds: amount * 3600) }
  /// `amount` days.
  public static func days(_ amount: Double) -> Duration { Duration(seconds: amount * 86400) }

  /// The length in seconds.
  public func toSeconds() -> Double { seconds }
  /// The length in minutes.
  public func toMinutes() -> Double { seconds / 60 }
  /// The length in hours.
  public func toHours() -> Double { seconds / 3600 }
  /// The length in days.
  public func toDays() -> Double { seconds / 86400 }
  /// The length in milliseconds.
  public func toMilliseconds() -> Double { seconds * 1000 }
}
