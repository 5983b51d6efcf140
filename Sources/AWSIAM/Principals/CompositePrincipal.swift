public import Constructs

extension IAM {
  /// Several principals acting as one: in a trust policy each gets its own statement, elsewhere
  /// their entries merge into one `Principal`.
  public final class CompositePrincipal: IAM.Principal {
    /// The principals, in order.
    public private(set) var principals: [any IAM.Principal]

    /// A principal made of `principals`; the first one decides ``assumeRoleAction``.
    public init(_ principals: any IAM.Principal...) { self.principals = principals }

    /// Adds more principals.
    @discardableResult
    public func addPrincipals(_ principals: any IAM.Principal...) -> CompositePrincipal {
      self.principals += principals
      return self
    }

    /// The parts' entries merged by type.
    public var policyFragment: IAM.PrincipalPolicyFragment { merged { $0.policyFragment } }

    /// The parts' entries for `stack`, merged by type.
    public func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment {
      merged { $0.policyFragment(in: stack) }
    }

    /// `nil`: the principal belongs to no particular account.
    public var principalAccount: StringValue? { nil }

    /// The first part's assume-role action.
    public var assumeRoleAction: String { principals.first?.assumeRoleAction ?? "sts:AssumeRole" }

    /// Does not take the statement: the principal has no identity policy.
    public func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult {
      .notAdded
    }

    /// Lets each principal add its own statements, as the AWS CDK does.
    public func addToAssumeRolePolicy(_ document: IAM.PolicyDocument) {
      for principal in principals { principal.addToAssumeRolePolicy(document) }
    }

    private func merged(_ fragment: (any IAM.Principal) -> IAM.PrincipalPolicyFragment)
      -> IAM.PrincipalPolicyFragment
    {
      var result = IAM.PrincipalPolicyFragment([])
      for principal in principals { result.merge(fragment(principal)) }
      return result
    }
  }
}
