public import AWSIAM
public import Constructs

extension KMS {
  /// A principal that may use a key only through an AWS service (`kms:ViaService`), such as a role
  /// reading a secret through Secrets Manager.
  ///
  /// It has no identity policy of its own, so grants to it go to the key policy, naming the base
  /// principal with the `kms:ViaService` condition.
  public final class ViaServicePrincipal: IAM.Principal {
    /// The service endpoint the key must be used through, such as
    /// `secretsmanager.us-east-1.amazonaws.com` or, for the stack's region,
    /// `"secretsmanager.\(stack.region).amazonaws.com"`.
    public let serviceName: StringValue
    /// The principal allowed to use the key through the service.
    public let basePrincipal: any IAM.Principal

    /// `basePrincipal` (anyone when `nil`) using the key through `serviceName`.
    public init(_ serviceName: StringValue, _ basePrincipal: (any IAM.Principal)? = nil) {
      self.serviceName = serviceName
      self.basePrincipal = basePrincipal ?? IAM.AnyPrincipal()
    }

    /// The base principal with `StringEquals` `kms:ViaService` added to its conditions.
    public var policyFragment: IAM.PrincipalPolicyFragment { addingCondition(to: basePrincipal.policyFragment) }

    /// The base principal for `stack` with the `kms:ViaService` condition.
    public func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment {
      addingCondition(to: basePrincipal.policyFragment(in: stack))
    }

    /// `nil`: the principal belongs to no particular account.
    public var principalAccount: StringValue? { nil }

    /// `sts:AssumeRole`.
    public var assumeRoleAction: String { "sts:AssumeRole" }

    /// Does not take the statement: the principal has no identity policy.
    public func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult {
      .notAdded
    }

    private func addingCondition(to fragment: IAM.PrincipalPolicyFragment) -> IAM.PrincipalPolicyFragment {
      var fragment = fragment
      fragment.conditions["StringEquals", default: [:]]["kms:ViaService"] = .string(serviceName)
      return fragment
    }
  }
}
