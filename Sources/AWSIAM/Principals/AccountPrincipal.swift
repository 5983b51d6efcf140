public import Constructs

extension IAM {
  /// Every identity of an AWS account: `{"AWS": "arn:<partition>:iam::<account>:root"}`.
  public class AccountPrincipal: IAM.ArnPrincipal {
    /// The account id.
    public let accountID: StringValue

    /// The principal for the account `accountID`.
    public override init(_ accountID: StringValue) {
      self.accountID = accountID
      super.init("arn:\(Aws.partition):iam::\(accountID):root")
    }

    /// The account id.
    public override var principalAccount: StringValue? { accountID }
  }
}
