public import Constructs

/// An ElastiCache user group: one created in this app (``UserGroup``) or an existing one imported by
/// name or ARN.
public protocol UserGroupProtocol: AnyObject {
  /// The user group's name (its id).
  var userGroupName: StringValue { get }
  /// The engine of the group; `nil` for an import that did not say.
  var engine: UserEngine? { get }
  /// The users of the group; `nil` for an import that did not say.
  var users: [any UserProtocol]? { get }
  /// The user group's ARN.
  var userGroupArn: StringValue { get }
  /// Adds a user to the group (an error on an imported group).
  func addUser(_ user: any UserProtocol)
  /// The resource a cache using the group depends on; `nil` for an imported group.
  var userGroupResource: CfnResource? { get }
}
