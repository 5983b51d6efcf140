public import Constructs

extension IAM.ManagedPolicy {
  /// An AWS managed policy by name, such as `service-role/AWSLambdaBasicExecutionRole`:
  /// `arn:<partition>:iam::aws:policy/<name>`.
  public static func fromAwsManagedPolicyName(_ managedPolicyName: String) -> any IAM.ManagedPolicyProtocol {
    ManagedPolicyReference(managedPolicyArn: "arn:\(Aws.partition):iam::aws:policy/\(managedPolicyName)")
  }

  /// A managed policy by ARN.
  public static func fromManagedPolicyArn(_ scope: Construct, _ id: String, _ managedPolicyArn: StringValue)
    -> any IAM.ManagedPolicyProtocol
  {
    ImportedManagedPolicy(scope, id, managedPolicyArn: managedPolicyArn)
  }

  /// A customer managed policy of the stack's account by name:
  /// `arn:<partition>:iam::<account>:policy/<name>`.
  public static func fromManagedPolicyName(_ scope: Construct, _ id: String, _ managedPolicyName: StringValue)
    -> any IAM.ManagedPolicyProtocol
  {
    let stack = Stack.of(scope)
    let arn = stack.formatArn(
      ArnComponents(
        service: "iam", region: "", account: stack.account, resource: "policy",
        resourceName: managedPolicyName))
    return ImportedManagedPolicy(scope, id, managedPolicyArn: arn)
  }
}

/// A managed policy known only by its ARN.
private struct ManagedPolicyReference: IAM.ManagedPolicyProtocol {
  let managedPolicyArn: StringValue
}

/// A managed policy imported into the construct tree.
private final class ImportedManagedPolicy: Construct, IAM.ManagedPolicyProtocol {
  let managedPolicyArn: StringValue

  init(_ scope: Construct, _ id: String, managedPolicyArn: StringValue) {
    self.managedPolicyArn = managedPolicyArn
    super.init(scope, id)
  }
}
