import AWSIAM
import AWSLambda
import Constructs

/// The Lambda function behind every ``UserGroupMembership`` of a stack (one per stack), with permission to
/// list the stack's resources and to describe user groups and change the membership of the users it manages.
final class MembershipProvider: Construct {
  static let constructID = "ElastiCacheUserGroupMembershipProvider"

  private(set) lazy var function = Lambda.Function(
    self,
    "Handler",
    runtime: .python3_12,
    handler: "index.handler",
    code: .fromInline(MembershipHandlerSource.python),
    timeout: .minutes(15),
    description: "Keeps ElastiCache users in user groups owned by other stacks"
  )

  override init(_ scope: Construct, _ id: String) {
    super.init(scope, id)
    // Before removing a user, the handler checks that no other membership resource of the stack holds it.
    function.addToRolePolicy(
      IAM.PolicyStatement(actions: ["cloudformation:ListStackResources"], resources: [Stack.of(scope).stackID]))
  }

  /// The provider of `stack`, created on first use.
  static func of(_ stack: Stack) -> MembershipProvider {
    stack.node.tryFindChild(constructID) as? MembershipProvider ?? MembershipProvider(stack, constructID)
  }

  /// Lets the function add and remove `userArn` in the groups `userGroupArn` matches.
  func allow(userGroupArn: StringValue, userArn: StringValue) {
    function.addToRolePolicy(
      IAM.PolicyStatement(
        actions: ["elasticache:DescribeUserGroups", "elasticache:ModifyUserGroup"],
        resources: [userGroupArn, userArn]))
  }
}
