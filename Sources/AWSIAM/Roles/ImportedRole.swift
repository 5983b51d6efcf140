import Constructs

/// A role defined outside the app that the app may add inline policies to: statements granted to it
/// go to a `Policy` child attached by role name, as in the AWS CDK.
final class ImportedRole: Construct, IAM.RoleProtocol {
  let roleArn: StringValue
  let roleName: StringValue
  let principalAccount: StringValue?
  /// The account the role lives in: from its ARN, else the stack's.
  let account: StringValue
  private var defaultPolicy: IAM.Policy?
  private var attachedPolicies = AttachedPolicies()

  init(_ scope: Construct, _ id: String, roleArn: StringValue, roleName: StringValue, account: StringValue?) {
    self.roleArn = roleArn
    self.roleName = roleName
    principalAccount = account
    self.account = account ?? Stack.of(scope).account
    super.init(scope, id)
  }

  var assumeRoleAction: String { "sts:AssumeRole" }

  var policyFragment: IAM.PrincipalPolicyFragment { IAM.ArnPrincipal(roleArn).policyFragment }

  func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment { policyFragment }

  func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult {
    let policy =
      defaultPolicy
      ?? {
        let policy = IAM.Policy(self, "Policy")
        defaultPolicy = policy
        attachInlinePolicy(policy)
        return policy
      }()
    policy.addStatements(statement)
    return IAM.AddToPrincipalPolicyResult(statementAdded: true, policyDependable: policy)
  }

  /// Attaches the policy unless it belongs to another account than the role.
  func attachInlinePolicy(_ policy: IAM.Policy) {
    guard TokenComparison.compare(account, Stack.of(policy).account) != .different else { return }
    if attachedPolicies.attach(policy) { policy.attachToRole(self) }
  }

  func addManagedPolicy(_ policy: any IAM.ManagedPolicyProtocol) {
    node.addWarning(
      "IRoleCantBeUsedWithIManagedPolicy",
      "Can't combine imported IManagedPolicy: \(policy.managedPolicyArn) to imported role IRole: \(roleName). "
        + "Use ManagedPolicy directly."
    )
  }

  func grant(_ grantee: any IAM.Grantable, actions: String...) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [roleArn])
  }

  func grantPassRole(_ grantee: any IAM.Grantable) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: ["iam:PassRole"], resourceArns: [roleArn])
  }

  func grantAssumeRole(_ grantee: any IAM.Principal) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: ["sts:AssumeRole"], resourceArns: [roleArn])
  }
}
