extension IAM {
  /// Something that can be granted permissions: a role, a function, a principal.
  public protocol Grantable: AnyObject {
    /// The principal that receives the permissions.
    var grantPrincipal: any IAM.Principal { get }
  }
}
