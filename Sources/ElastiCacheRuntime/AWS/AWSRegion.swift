/// Finds the AWS region to call.
enum AWSRegion {
  /// The region of an ARN such as `arn:aws:secretsmanager:eu-west-1:123456789012:secret:name`,
  /// or `nil` when `identifier` is not an ARN or names no region.
  static func fromARN(_ identifier: String) -> String? {
    let parts = identifier.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0] == "arn", !parts[3].isEmpty else { return nil }
    return String(parts[3])
  }

  /// `AWS_REGION`, else `AWS_DEFAULT_REGION`, ignoring empty values.
  static func fromEnvironment(_ environment: [String: String]) -> String? {
    for name in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
      if let region = environment[name], !region.isEmpty { return region }
    }
    return nil
  }
}
