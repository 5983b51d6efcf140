public import Constructs

extension IAM {
  /// Every identity of the account of the stack where the statement is rendered:
  /// `{"AWS": "arn:<partition>:iam::<account>:root"}` with that stack's account.
  public final class AccountRootPrincipal: IAM.AccountPrincipal {
    /// The principal for the account of the stack that renders it.
    public init() { super.init(Aws.accountID) }

    /// `{"AWS": "arn:<partition>:iam::<account>:root"}` with `stack`'s account.
    public override func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment {
      IAM.AccountPrincipal(stack.account).policyFragment
    }
  }
}
