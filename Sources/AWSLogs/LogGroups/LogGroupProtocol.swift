public import Constructs

extension Logs {
  /// A CloudWatch Logs log group: one created in this app (``LogGroup``) or an existing one imported by name.
  public protocol LogGroupProtocol: Construct {
    /// The log group's name.
    var logGroupName: StringValue { get }
    /// The log group's ARN (`arn:<partition>:logs:<region>:<account>:log-group:<name>:*`).
    var logGroupArn: StringValue { get }
  }
}
