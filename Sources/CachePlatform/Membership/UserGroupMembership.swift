import AWSLambda
public import Constructs
public import ElastiCache

/// Membership of one user in a user group that another stack owns: a custom resource
/// (`Custom::ElastiCacheUserGroupMembership`) whose idempotent handler adds the user when it is not yet a
/// member (a user whose removal is pending is none), retries with jitter while the group is being modified
/// until the function's time runs out, takes the user out of its old group when an update moves it, and on
/// deletion follows ``DeletionPolicy``, never removing a user that a replacement resource holds.
///
/// The user group's own `UserIds` in the platform stack do not list the user, so the two stacks never
/// fight over the list.
public final class UserGroupMembership: CfnResource {
  /// What happens to the membership when the resource is deleted.
  public enum DeletionPolicy: String, Sendable {
    /// Leave the group as it is: deleting the user takes it out of its groups.
    case preserve
    /// Remove the user from the group.
    case remove
  }

  /// Keeps `user` in the user group `userGroupId`.
  public init(
    _ scope: Construct, _ id: String, userGroupId: StringValue, user: UserBase, onDelete: DeletionPolicy = .preserve
  ) {
    let stack = Stack.of(scope)
    let provider = MembershipProvider.of(stack)
    // Any group, not only this one: an update that moves the user to another group takes it out of the old
    // group, which the updated policy no longer names.
    let groupArns = stack.formatArn(
      ArnComponents(service: "elasticache", resource: "usergroup", resourceName: "*", arnFormat: .colonResourceName))
    provider.allow(userGroupArn: groupArns, userArn: user.userArn)
    super.init(
      scope,
      id,
      type: "Custom::ElastiCacheUserGroupMembership",
      properties: [
        "ServiceToken": .string(provider.function.functionArn),
        "UserGroupId": .string(userGroupId),
        "UserId": .string(user.userId),
        "OnDelete": .string(StringValue(onDelete.rawValue)),
      ]
    )
    applyRemovalPolicy(.destroy)
    addDependency(user.resource)
  }
}
