import Foundation

/// The two renderings of the signing time that SigV4 uses, both in UTC.
struct SigV4Timestamp {
  /// `yyyyMMdd`, for the credential scope.
  let date: String
  /// `yyyyMMdd'T'HHmmss'Z'`, for `X-Amz-Date`.
  let dateTime: String

  init(_ instant: Date) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
    func padded(_ value: Int?, _ width: Int) -> String {
      let digits = String(value ?? 0)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    date = padded(parts.year, 4) + padded(parts.month, 2) + padded(parts.day, 2)
    dateTime = date + "T" + padded(parts.hour, 2) + padded(parts.minute, 2) + padded(parts.second, 2) + "Z"
  }
}
