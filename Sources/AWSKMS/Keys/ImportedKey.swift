import AWSIAM
import Constructs

/// A key defined outside the app.
final class ImportedKey: Construct, KMS.KeyProtocol {
  let keyArn: StringValue
  let keyID: StringValue
  /// The key's account, from its ARN.
  let resourceAccount: StringValue
  private var aliases: [KMS.Alias] = []

  init(_ scope: Construct, _ id: String, keyArn: StringValue, keyID: StringValue, account: StringValue) {
    self.keyArn = keyArn
    self.keyID = keyID
    resourceAccount = account
    super.init(scope, id)
  }

  /// The key policy is not managed here: the statement is not added.
  func addToResourcePolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToResourcePolicyResult { .notAdded }

  func addAlias(_ aliasName: String) -> KMS.Alias {
    KMS.Alias.add(aliasName, to: self, after: &aliases)
  }

  func grant(_ grantee: any IAM.Grantable, actions: [String]) -> IAM.Grant {
    KeyGrants.grant(self, to: grantee, actions: actions)
  }
}
