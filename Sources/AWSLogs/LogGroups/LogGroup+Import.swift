public import Constructs

extension Logs.LogGroup {
  /// An existing log group, by name.
  public static func fromLogGroupName(_ scope: Construct, _ id: String, _ logGroupName: StringValue)
    -> any Logs.LogGroupProtocol
  {
    ImportedLogGroup(scope, id, logGroupName: logGroupName)
  }
}

/// A log group that exists outside the app.
final class ImportedLogGroup: Construct, Logs.LogGroupProtocol {
  let logGroupName: StringValue

  init(_ scope: Construct, _ id: String, logGroupName: StringValue) {
    self.logGroupName = logGroupName
    super.init(scope, id)
  }

  /// `arn:<partition>:logs:<region>:<account>:log-group:<name>:*`, as the AWS CDK formats it.
  var logGroupArn: StringValue {
    Stack.of(self).formatArn(
      ArnComponents(
        service: "logs", resource: "log-group", resourceName: "\(logGroupName):*", arnFormat: .colonResourceName))
  }
}
