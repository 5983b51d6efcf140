import Constructs

/// An imported role the app must not change: statements granted to it are accepted and dropped, as
/// the AWS CDK does, so grants on resources with policies still name it there.
final class ImmutableRole: Construct, IAM.RoleProtocol {
  private let role: ImportedRole

  init(_ scope: Construct, _ id: String, wrapping role: ImportedRole) {
    self.role = role
    super.init(scope, id)
  }

  var roleArn: StringValue { role.roleArn }
  var roleName: StringValue { role.roleName }
  var principalAccount: StringValue? { role.principalAccount }
  var assumeRoleAction: String { role.assumeRoleAction }
  var policyFragment: IAM.PrincipalPolicyFragment { role.policyFragment }

  func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment { role.policyFragment(in: stack) }

  /// Accepts the statement without adding it anywhere.
  func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult {
    IAM.AddToPrincipalPolicyResult(statementAdded: true)
  }

  func attachInlinePolicy(_ policy: IAM.Policy) {}

  func addManagedPolicy(_ policy: any IAM.ManagedPolicyProtocol) {}

  func grant(_ grantee: any IAM.Grantable, actions: String...) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [roleArn])
  }

  func grantPassRole(_ grantee: any IAM.Grantable) -> IAM.Grant { role.grantPassRole(grantee) }

  func grantAssumeRole(_ grantee: any IAM.Principal) -> IAM.Grant { role.grantAssumeRole(grantee) }
}
