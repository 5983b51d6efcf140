public import Constructs

extension ProblemCode {
  /// A log group name is not 1–512 letters, digits and `.` `-` `_` `/` `#`.
  public static let invalidLogGroupName = ProblemCode(
    "InvalidLogGroupName", module: "Logs", summary: "A log group name is not 1–512 letters, digits and . - _ / #.")
}

/// Every code the CloudWatch Logs constructs report.
public enum LogsProblems: ProblemCatalog {
  public static let codes: [ProblemCode] = [.invalidLogGroupName]
}
