import AWSEvents

/// The daily snapshot time of a serverless cache, from a cron schedule, as the AWS CDK derives it.
enum BackupTime {
  /// `HH:MM` for a schedule that fixes only the hour and minute (`cron(0 4 * * ? *)` → `04:00`);
  /// `nil` for any other schedule (day, month, year or weekday set, or a rate).
  static func dailyTime(of schedule: Events.Schedule) -> String? {
    let expression = schedule.expressionString
    guard expression.hasPrefix("cron("), expression.hasSuffix(")") else { return nil }
    let fields = expression.dropFirst(5).dropLast().split(separator: " ").map(String.init)
    guard fields.count == 6, fields[2] == "*", fields[3] == "*", fields[4] == "?", fields[5] == "*" else { return nil }
    let hour = fields[1] == "*" ? "0" : fields[1]
    let minute = fields[0] == "*" ? "0" : fields[0]
    return pad(hour) + ":" + pad(minute)
  }

  private static func pad(_ field: String) -> String {
    field.count < 2 ? String(repeating: "0", count: 2 - field.count) + field : field
  }
}
