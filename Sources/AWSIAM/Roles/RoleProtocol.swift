public import Constructs

extension IAM {
  /// An IAM role, created in the app or imported.
  public protocol RoleProtocol: IAM.Principal {
    /// The role's ARN.
    var roleArn: StringValue { get }
    /// The role's name.
    var roleName: StringValue { get }
    /// Attaches a managed policy.
    func addManagedPolicy(_ policy: any IAM.ManagedPolicyProtocol)
    /// Attaches an inline policy.
    func attachInlinePolicy(_ policy: IAM.Policy)
    /// Grants `grantee` the `actions` on this role.
    @discardableResult
    func grant(_ grantee: any IAM.Grantable, actions: String...) -> IAM.Grant
    /// Grants `grantee` permission to pass this role to a service (`iam:PassRole`).
    @discardableResult
    func grantPassRole(_ grantee: any IAM.Grantable) -> IAM.Grant
    /// Grants `grantee` permission to assume this role (`sts:AssumeRole`).
    @discardableResult
    func grantAssumeRole(_ grantee: any IAM.Principal) -> IAM.Grant
  }
}
