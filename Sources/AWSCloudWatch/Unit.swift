extension CloudWatch {
  /// The unit of a metric's values; an alarm on a metric with a unit only considers data points in that unit.
  public enum Unit: String, Sendable, CaseIterable {
    /// Seconds.
    case seconds = "Seconds"
    /// Microseconds.
    case microseconds = "Microseconds"
    /// Milliseconds.
    case milliseconds = "Milliseconds"
    /// Bytes.
    case bytes = "Bytes"
    /// Kilobytes.
    case kilobytes = "Kilobytes"
    /// Megabytes.
    case megabytes = "Megabytes"
    /// Gigabytes.
    case gigabytes = "Gigabytes"
    /// Terabytes.
    case terabytes = "Terabytes"
    /// Bits.
    case bits = "Bits"
    /// Kilobits.
    case kilobits = "Kilobits"
    /// Megabits.
    case megabits = "Megabits"
    /// Gigabits.
    case gigabits = "Gigabits"
    /// Terabits.
    case terabits = "Terabits"
    /// A percentage.
    case percent = "Percent"
    /// A count.
    case count = "Count"
    /// Bytes per second.
    case bytesPerSecond = "Bytes/Second"
    /// Kilobytes per second.
    case kilobytesPerSecond = "Kilobytes/Second"
    /// Megabytes per second.
    case megabytesPerSecond = "Megabytes/Second"
    /// Gigabytes per second.
    case gigabytesPerSecond = "Gigabytes/Second"
    /// Terabytes per second.
    case terabytesPerSecond = "Terabytes/Second"
    /// Bits per second.
    case bitsPerSecond = "Bits/Second"
    /// Kilobits per second.
    case kilobitsPerSecond = "Kilobits/Second"
    /// Megabits per second.
    case megabitsPerSecond = "Megabits/Second"
    /// Gigabits per second.
    case gigabitsPerSecond = "Gigabits/Second"
    /// Terabits per second.
    case terabitsPerSecond = "Terabits/Second"
    /// A count per second.
    case countPerSecond = "Count/Second"
    /// No unit.
    case none = "None"
  }
}
