import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// Every upstream validation of user groups (reference §2.4, V-UG1–7), each with its exact message and the
/// path of the construct it is recorded on.
@Suite("User group validations")
struct UserGroupValidationTests {
  struct ValidationCase: Sendable, CustomTestStringConvertible {
    let number: String
    let message: String
    let path: String
    let build: @Sendable (Stack) -> Void
    var testDescription: String { "\(number): \(message)" }
  }

  static let cases: [ValidationCase] = [
    ValidationCase(
      number: "V-UG1",
      message: "Cannot add users to an imported UserGroup. Only UserGroups created in this stack can be modified.",
      path: "Default/Imported"
    ) {
      _ = UserGroup.fromUserGroupArn($0, "Imported", "arn:aws:elasticache:us-east-1:123456789012:usergroup:team")
        .addUser(IAMUser.fromUserId($0, "User", "reader"))
    },
    ValidationCase(
      number: "V-UG2", message: "Only one of userGroupArn or userGroupName can be provided.", path: "Default/Imported"
    ) {
      _ = UserGroup.fromUserGroupAttributes(
        $0, "Imported", userGroupName: "team", userGroupArn: "arn:aws:elasticache:us-east-1:123456789012:usergroup:team"
      )
    },
    ValidationCase(number: "V-UG3", message: "Unable to extract user group name from ARN.", path: "Default/Imported") {
      _ = UserGroup.fromUserGroupArn($0, "Imported", "arn:aws:elasticache:us-east-1:123456789012:usergroup")
    },
    ValidationCase(
      number: "V-UG4", message: "One of userGroupName or userGroupArn is required.", path: "Default/Imported"
    ) { _ = UserGroup.fromUserGroupAttributes($0, "Imported", engine: .redis) },
    ValidationCase(
      number: "V-UG5", message: "User group cannot have users with the same user name.", path: "Default/Group"
    ) {
      // Two imported users without a name count as having the same (missing) name, as upstream.
      _ = UserGroup($0, "Group", users: [IAMUser.fromUserId($0, "A", "a"), IAMUser.fromUserId($0, "B", "b")])
    },
    ValidationCase(
      number: "V-UG6", message: "Redis user group can only contain Redis users.", path: "Default/Group"
    ) {
      _ = UserGroup(
        $0, "Group", engine: .redis,
        users: [
          NoPasswordUser(
            $0, "Default", userId: "new-default", userName: "default", accessControl: .fromAccessString("off -@all")),
          NoPasswordUser.fromUserAttributes($0, "Other", userId: "other-user", engine: .valkey),
        ])
    },
    ValidationCase(
      number: "V-UG7", message: "Redis user groups need to contain a user with the user name \"default\".",
      path: "Default/Group"
    ) {
      _ = UserGroup(
        $0, "Group", engine: .redis,
        users: [NoPasswordUser($0, "User", userId: "app-user", accessControl: .fromAccessString("on ~app:* +@all"))])
    },
  ]

  @Test("Each upstream validation reports its message on the construct's path", arguments: cases)
  func validation(_ row: UserGroupValidationTests.ValidationCase) throws {
    let stack = Stack()
    row.build(stack)
    let error = try #require(expectSynthesisError(stack, row.message, at: row.path))
    #expect(error.errors.count == 1, "Expected only this error, got:\n\(error)")
  }

  @Test("A Redis group's checks run at synthesis, so users added later count")
  func checksRunAtSynthesis() throws {
    let stack = Stack()
    let group = UserGroup(stack, "Group", engine: .redis)
    let newDefault = NoPasswordUser(
      stack, "NewDefault", userId: "new-default", userName: "default", accessControl: .fromAccessString("off -@all"))
    group.addUser(newDefault)
    try Template(stack).hasResource(
      "AWS::ElastiCache::UserGroup",
      [
        "Properties": ["UserIds": ["new-default"]],
        "DependsOn": [Match.exact(.string(newDefault.resource.logicalID))],
      ])
  }
}
