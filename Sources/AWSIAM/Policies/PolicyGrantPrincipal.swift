import Constructs

/// A policy that grants add their statements to: an inline or a managed policy.
protocol StatementHolder: Construct {
  /// Adds statements to the policy's document.
  func addStatements(_ statements: [IAM.PolicyStatement])
}

extension IAM.Policy: StatementHolder {}
extension IAM.ManagedPolicy: StatementHolder {}

/// The principal of a policy: grants add their statements to the policy. It cannot appear in a
/// resource policy, as it names no identity.
final class PolicyGrantPrincipal: IAM.Principal {
  let policy: any StatementHolder
  private let kind: String
  private lazy var unusableArn: StringValue = Lazy.string { [policy, kind] in
    policy.node.addError(
      "GrantOperationNeedsAddResource",
      "This grant operation needs to add a resource policy so needs access to a principal. Grant permissions to a "
        + "Role or User, instead of a \(kind)."
    )
    return ""
  }

  /// The principal of `policy`, whose type name (`Policy`, `ManagedPolicy`) the error message names.
  init(policy: any StatementHolder, kind: String) {
    self.policy = policy
    self.kind = kind
  }

  var policyFragment: IAM.PrincipalPolicyFragment { IAM.PrincipalPolicyFragment([.init("AWS", [unusableArn])]) }

  func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment { policyFragment }

  var principalAccount: StringValue? { Stack.of(policy).account }

  var assumeRoleAction: String { "sts:AssumeRole" }

  func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult {
    policy.addStatements([statement])
    return IAM.AddToPrincipalPolicyResult(statementAdded: true, policyDependable: policy)
  }
}
