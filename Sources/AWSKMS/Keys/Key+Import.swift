public import Constructs

extension KMS.Key {
  /// A key defined outside the app, by ARN (`arn:<partition>:kms:<region>:<account>:key/<keyId>`).
  ///
  /// Its key policy is not managed by the app: grants go to the grantees' identity policies only.
  public static func fromKeyArn(_ scope: Construct, _ id: String, _ keyArn: StringValue) -> any KMS.KeyProtocol {
    let stack = Stack.of(scope)
    let components = try? stack.splitArn(keyArn, format: .slashResourceName)
    guard let components, let keyID = components.resourceName else {
      scope.node.addError(
        "MustBeFormatArnPartitionKmsRegionAccountKeyKeyid",
        "KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: '\(keyArn)'")
      return ImportedKey(scope, id, keyArn: keyArn, keyID: keyArn, account: stack.account)
    }
    return ImportedKey(scope, id, keyArn: keyArn, keyID: keyID, account: components.account ?? stack.account)
  }
}
