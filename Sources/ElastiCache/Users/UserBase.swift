public import Constructs

/// What the three kinds of users share: the `AWS::ElastiCache::User` resource and its attributes,
/// the checks of ids, names and access strings, and the imports (`fromUserId`, `fromUserArn`,
/// `fromUserAttributes`).
public class UserBase: Construct, UserProtocol {
  /// The user's id.
  public let userId: StringValue
  /// The engine the user is for.
  public let engine: UserEngine?
  /// The name the user authenticates with.
  public let userName: StringValue?
  /// The access string.
  public let accessString: String
  private let authenticationMode: CfnUser.AuthenticationModeProperty
  private let noPasswordRequired: Bool

  /// The `AWS::ElastiCache::User` resource.
  public private(set) lazy var resource = CfnUser(
    self,
    "Resource",
    engine: StringValue(engine?.engineType ?? ""),
    userID: userId,
    userName: userName ?? userId,
    accessString: StringValue(accessString),
    authenticationMode: authenticationMode,
    noPasswordRequired: noPasswordRequired
  )

  init(
    _ scope: Construct,
    _ id: String,
    engine: UserEngine,
    userId: StringValue,
    userName: StringValue?,
    accessControl: AccessControl,
    authenticationMode: CfnUser.AuthenticationModeProperty,
    noPasswordRequired: Bool
  ) {
    self.userId = userId
    self.engine = engine
    self.userName = userName ?? userId
    self.accessString = accessControl.accessString
    self.authenticationMode = authenticationMode
    self.noPasswordRequired = noPasswordRequired
    super.init(scope, id)
    // The user checks these itself; its passwords never appear in messages.
    for property in ["AccessString", "AuthenticationMode", "UserId"] { resource.leaveChecks(of: property) }
    UserChecks.checkUserId(userId, on: node)
    UserChecks.checkAccessString(accessString, on: node)
  }

  /// The user's ARN (`Fn::GetAtt Arn`).
  public var userArn: StringValue { resource.attrARN }

  /// The user's status: `active`, `modifying` or `deleting`.
  public var userStatus: StringValue { resource.attrStatus }

  public var userConstruct: Construct { self }

  /// Applies a removal policy to the user resource.
  public func applyRemovalPolicy(_ policy: RemovalPolicy) { resource.applyRemovalPolicy(policy) }

  /// An existing user, by id.
  public static func fromUserId(_ scope: Construct, _ id: String, _ userId: StringValue) -> any UserProtocol {
    fromUserAttributes(scope, id, userId: userId)
  }

  /// An existing user, by ARN (`arn:aws:elasticache:<region>:<account>:user:<id>`).
  public static func fromUserArn(_ scope: Construct, _ id: String, _ userArn: StringValue) -> any UserProtocol {
    fromUserAttributes(scope, id, userArn: userArn)
  }

  /// An existing user from its attributes; give exactly one of `userId` and `userArn`.
  public static func fromUserAttributes(
    _ scope: Construct,
    _ id: String,
    userId: StringValue? = nil,
    userArn: StringValue? = nil,
    engine: UserEngine? = nil,
    userName: StringValue? = nil
  ) -> any UserProtocol {
    ImportedUser(scope, id, userId: userId, userArn: userArn, engine: engine, userName: userName)
  }
}
