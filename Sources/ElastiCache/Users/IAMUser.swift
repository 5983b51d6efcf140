public import AWSIAM
public import Constructs

/// A user that authenticates with IAM (`AuthenticationMode` `iam`); its user name must equal its id.
public final class IAMUser: UserBase {
  /// A user authenticating with IAM, for `engine` (Valkey by default).
  public init(
    _ scope: Construct,
    _ id: String,
    engine: UserEngine = .valkey,
    userId: StringValue,
    userName: StringValue? = nil,
    accessControl: AccessControl
  ) {
    super.init(
      scope, id, engine: engine, userId: userId, userName: userName, accessControl: accessControl,
      authenticationMode: .init(type: "iam"), noPasswordRequired: false
    )
    if (userName ?? userId) != userId {
      node.addError("IamUserNameMismatch", "For IAM authentication, userName must be equal to userId.")
    }
  }

  /// Allows `grantee` to connect as this user (`elasticache:Connect` on the user).
  @discardableResult
  public func grantConnect(_ grantee: any IAM.Grantable) -> IAM.Grant { grant(grantee, "elasticache:Connect") }

  /// Allows `grantee` the given actions on this user.
  @discardableResult
  public func grant(_ grantee: any IAM.Grantable, _ actions: String...) -> IAM.Grant {
    IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [userArn])
  }
}
