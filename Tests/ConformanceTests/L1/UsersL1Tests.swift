import ElastiCacheCDK
import Testing

@Suite("L1 conformance: AWS::ElastiCache::User and UserGroup")
struct UsersL1Tests {
  @Test("Users with each authentication mode and a user group that refers to them render as the AWS CDK renders them")
  func usersAndUserGroup() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "UsersL1")
    let iamUser = CfnUser(
      stack,
      "IamUser",
      engine: "valkey",
      userID: "reporting",
      userName: "reporting",
      accessString: "on ~reports:* +@read",
      authenticationMode: .init(type: "iam")
    )
    let passwordUser = CfnUser(
      stack,
      "PasswordUser",
      engine: "redis",
      userID: "writer",
      userName: "writer",
      accessString: "on ~* +@all",
      authenticationMode: .init(
        type: "password",
        passwords: ["{{resolve:secretsmanager:writer-password:SecretString:password}}"]
      )
    )
    let defaultUser = CfnUser(
      stack,
      "DefaultUser",
      engine: "redis",
      userID: "app-default",
      userName: "default",
      accessString: "off -@all",
      noPasswordRequired: true,
      tags: ["role": "default"]
    )
    let legacyUser = CfnUser(
      stack,
      "LegacyUser",
      engine: "redis",
      userID: "legacy",
      userName: "legacy",
      accessString: "on ~legacy:* +get",
      noPasswordRequired: false,
      passwords: ["{{resolve:secretsmanager:legacy-password:SecretString:password}}"]
    )
    let group = CfnUserGroup(
      stack,
      "UserGroup",
      engine: "redis",
      userGroupID: "app-users",
      userIDs: [defaultUser.ref, passwordUser.ref, legacyUser.ref, iamUser.attrARN],
      tags: ["team": "platform"]
    )
    _ = CfnOutput(stack, "UserGroupArn", value: group.attrARN)
    _ = CfnOutput(stack, "UserGroupStatus", value: group.attrStatus)
    _ = CfnOutput(stack, "IamUserStatus", value: iamUser.attrStatus)

    try Goldens.expectMatch(app, "L1/users-and-user-group")
  }
}
