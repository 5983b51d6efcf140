public import Constructs

extension IAM {
  /// An identity that can appear as the `Principal` of a policy statement, and that may have its
  /// own identity policy (a role) or not (a service).
  public protocol Principal: IAM.Grantable {
    /// The principal as it appears in statements rendered outside any particular stack.
    var policyFragment: IAM.PrincipalPolicyFragment { get }
    /// The principal as it appears in statements of `stack`'s template (the account of
    /// ``IAM/AccountRootPrincipal`` is that stack's, for example).
    func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment
    /// The account the principal belongs to, when known.
    var principalAccount: StringValue? { get }
    /// The action this principal uses to assume a role, `sts:AssumeRole` for most.
    var assumeRoleAction: String { get }
    /// Adds a statement to the principal's own identity policy, if it has one.
    @discardableResult
    func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult
    /// Adds the statements that let this principal assume a role to the role's trust policy.
    func addToAssumeRolePolicy(_ document: IAM.PolicyDocument)
  }
}

extension IAM.Principal {
  /// The principal itself.
  public var grantPrincipal: any IAM.Principal { self }

  /// Adds one statement allowing ``assumeRoleAction`` to this principal.
  public func addToAssumeRolePolicy(_ document: IAM.PolicyDocument) {
    document.addStatements(IAM.PolicyStatement(actions: [assumeRoleAction], principals: [self]))
  }

  /// The fragment for `stack` when there is one, else the stack-independent fragment.
  func policyFragment(inOptional stack: Stack?) -> IAM.PrincipalPolicyFragment {
    stack.map { policyFragment(in: $0) } ?? policyFragment
  }
}
