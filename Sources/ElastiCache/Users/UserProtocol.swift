public import Constructs

/// An ElastiCache user: one created in this app (``IAMUser``, ``PasswordUser``, ``NoPasswordUser``)
/// or an existing one imported by id or ARN.
public protocol UserProtocol: AnyObject {
  /// The user's id.
  var userId: StringValue { get }
  /// The engine the user is for; `nil` for an import that did not say.
  var engine: UserEngine? { get }
  /// The name the user authenticates with; `nil` for an import that did not say.
  var userName: StringValue? { get }
  /// The user's ARN.
  var userArn: StringValue { get }
  /// The construct that represents the user in the app.
  var userConstruct: Construct { get }
}

extension UserProtocol {
  /// Whether the user counts as the engine's `default` user: a user named `default`, or the built-in
  /// user imported by its id `default` (whose name is `default` too).
  var isDefaultUser: Bool { userName == "default" || (userName == nil && userId == "default") }

  /// Whether the user is the `default` user ElastiCache creates for each engine, imported by its id
  /// alone (`NoPasswordUser.fromUserAttributes(scope, id, userId: "default")`, as the README advises):
  /// it belongs to the engine of the group it is added to.
  var isBuiltInDefaultUser: Bool { userName == nil && engine == nil && userId == "default" }
}
