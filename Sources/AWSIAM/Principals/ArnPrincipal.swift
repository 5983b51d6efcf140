public import Constructs

extension IAM {
  /// A principal named by its ARN (a user, a role, an account root): `{"AWS": arn}`.
  public class ArnPrincipal: IAM.Principal {
    /// The principal's ARN.
    public let arn: StringValue

    /// The principal with this ARN.
    public init(_ arn: StringValue) { self.arn = arn }

    /// `{"AWS": arn}`.
    public var policyFragment: IAM.PrincipalPolicyFragment { IAM.PrincipalPolicyFragment([.init("AWS", [arn])]) }

    /// `{"AWS": arn}` in any stack.
    public func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment { policyFragment }

    /// `nil`: the principal belongs to no particular account.
    public var principalAccount: StringValue? { nil }

    /// `sts:AssumeRole`.
    public var assumeRoleAction: String { "sts:AssumeRole" }

    /// Does not take the statement: the principal has no identity policy.
    public func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult {
      .notAdded
    }
  }
}
