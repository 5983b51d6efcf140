import AWSIAM
import Constructs

/// A principal that may use a KMS key only through an AWS service: the base principal with the condition
/// `StringEquals kms:ViaService <service>` (like the AWS CDK's `kms.ViaServicePrincipal`).
final class ViaServicePrincipal: IAM.Principal {
  private let serviceName: StringValue
  private let base: any IAM.Principal

  /// The base principal, using the key through Secrets Manager in the stack's region.
  init(secretsManagerIn stack: Stack, base: any IAM.Principal) {
    serviceName = "secretsmanager.\(stack.region).amazonaws.com"
    self.base = base
  }

  var policyFragment: IAM.PrincipalPolicyFragment { withCondition(base.policyFragment) }

  func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment { withCondition(base.policyFragment(in: stack)) }

  var principalAccount: StringValue? { nil }

  var assumeRoleAction: String { base.assumeRoleAction }

  /// A principal restricted to a service has no identity policy of its own.
  func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult { .notAdded }

  private func withCondition(_ fragment: IAM.PrincipalPolicyFragment) -> IAM.PrincipalPolicyFragment {
    var conditions = fragment.conditions
    conditions["StringEquals", default: [:]]["kms:ViaService"] = .string(serviceName)
    return IAM.PrincipalPolicyFragment(fragment.principalJSON, conditions: conditions)
  }
}
