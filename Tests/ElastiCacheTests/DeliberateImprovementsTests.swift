import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The three deliberate improvements over the AWS CDK (CONFORMANCE.md). Each test fails on upstream's behaviour.
@Suite("Deliberate improvements over the AWS CDK")
struct DeliberateImprovementsTests {
  @Suite("1. Imported ARNs use ElastiCache's colon format; parsing accepts ':' and '/'")
  struct ColonARNs {
    /// The ARN a stack renders for `resource:name` in its partition, region and account.
    private func expectedArn(_ stack: Stack, _ resourceAndName: String) -> TemplateValue? {
      let arn: StringValue = "arn:\(stack.partition):elasticache:\(stack.region):\(stack.account):\(resourceAndName)"
      return stack.resolve(arn)
    }

    @Test("fromServerlessCacheName, fromUserId and fromUserGroupName give ':serverlesscache:', ':user:', ':usergroup:'")
    func formattedArns() {
      let stack = Stack()
      let cache = ServerlessCache.fromServerlessCacheName(stack, "Cache", "my-cache")
      let user = IAMUser.fromUserId(stack, "User", "my-user")
      let group = UserGroup.fromUserGroupName(stack, "Group", "my-group")
      // Upstream renders `serverlesscache/my-cache`, `user/my-user` and `usergroup/my-group`.
      #expect(stack.resolve(cache.serverlessCacheArn) == expectedArn(stack, "serverlesscache:my-cache"))
      #expect(stack.resolve(user.userArn) == expectedArn(stack, "user:my-user"))
      #expect(stack.resolve(group.userGroupArn) == expectedArn(stack, "usergroup:my-group"))
      for arn in [cache.serverlessCacheArn, user.userArn, group.userGroupArn] {
        #expect(!arn.renderedJSON(in: stack).contains("/"))
      }
    }

    @Test("A stack with an environment renders the ARN with its region and account")
    func environmentArns() throws {
      let stack = Stack(App(), "Stack", env: Environment(account: "123456789012", region: "eu-west-1"))
      let cache = ServerlessCache.fromServerlessCacheName(stack, "Cache", "my-cache")
      let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
      cache.grantConnect(role)
      try Template(stack).hasResourceProperties(
        "AWS::IAM::Policy",
        [
          "PolicyDocument": [
            "Statement": [
              [
                "Resource": [
                  "Fn::Join": [
                    "",
                    [
                      "arn:", ["Ref": "AWS::Partition"], ":elasticache:eu-west-1:123456789012:serverlesscache:my-cache",
                    ],
                  ]
                ]
              ]
            ]
          ]
        ])
    }

    struct ParsingCase: Sendable, CustomTestStringConvertible {
      let arn: String
      let name: String
      var testDescription: String { arn }
    }

    @Test(
      "ARNs with ':' or '/' before the name give the name",
      arguments: [
        ParsingCase(arn: "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:colon-cache", name: "colon-cache"),
        ParsingCase(arn: "arn:aws:elasticache:us-east-1:123456789012:serverlesscache/slash-cache", name: "slash-cache"),
        ParsingCase(arn: "arn:aws:elasticache:us-east-1:123456789012:user:colon-user", name: "colon-user"),
        ParsingCase(arn: "arn:aws:elasticache:us-east-1:123456789012:user/slash-user", name: "slash-user"),
        ParsingCase(arn: "arn:aws:elasticache:us-east-1:123456789012:usergroup:colon-group", name: "colon-group"),
        ParsingCase(arn: "arn:aws:elasticache:us-east-1:123456789012:usergroup/slash-group", name: "slash-group"),
      ])
    func parsing(_ row: ParsingCase) throws {
      let stack = Stack()
      let arn = StringValue(row.arn)
      let name: StringValue
      if row.arn.contains("serverlesscache") {
        name = ServerlessCache.fromServerlessCacheArn(stack, "Imported", arn).serverlessCacheName
      } else if row.arn.contains("usergroup") {
        name = UserGroup.fromUserGroupArn(stack, "Imported", arn).userGroupName
      } else {
        name = NoPasswordUser.fromUserArn(stack, "Imported", arn).userId
      }
      #expect(name == StringValue(row.name))
      _ = try synthesizedAssembly(of: stack)
    }

    @Test("A token ARN gives the name after the sixth colon, where ElastiCache's ARNs have it")
    func tokenArn() throws {
      let stack = Stack()
      let parameter = CfnParameter(stack, "CacheArn")
      let cache = ServerlessCache.fromServerlessCacheArn(stack, "Imported", parameter.valueAsString)
      #expect(cache.serverlessCacheName.isUnresolved)
      // Upstream splits a token ARN at '/' (`SLASH_RESOURCE_NAME`), which finds no name in `...:serverlesscache:name`.
      #expect(
        stack.resolve(cache.serverlessCacheName)
          == ["Fn::Select": [6, ["Fn::Split": [":", ["Ref": "CacheArn"]]]]])
    }
  }

  @Suite("2. A serverless cache accepts an imported user group")
  struct ImportedUserGroup {
    @Test("The cache synthesizes with the group's name as UserGroupId and no DependsOn")
    func importedGroup() throws {
      let fixture = StackWithVPC()
      // Upstream throws "No child with id: 'Resource'" here.
      let cache = ServerlessCache(
        fixture.stack, "Cache", vpc: fixture.vpc,
        userGroup: UserGroup.fromUserGroupName(fixture.stack, "ImportedGroup", "my-user-group"))
      let template = try Template(fixture.stack)
      try template.hasResource(
        "AWS::ElastiCache::ServerlessCache",
        ["Properties": ["UserGroupId": "my-user-group"], "DependsOn": Match.absent])
      #expect(cache.userGroup?.userGroupName == "my-user-group")
    }

    @Test("A Redis cache accepts an imported Redis user group, by ARN")
    func importedRedisGroup() throws {
      let fixture = StackWithVPC()
      _ = ServerlessCache(
        fixture.stack, "Cache", vpc: fixture.vpc, engine: .redisLatest,
        userGroup: UserGroup.fromUserGroupAttributes(
          fixture.stack, "ImportedGroup",
          userGroupArn: "arn:aws:elasticache:us-east-1:123456789012:usergroup:redis-group", engine: .redis))
      try Template(fixture.stack).hasResource(
        "AWS::ElastiCache::ServerlessCache",
        ["Properties": ["Engine": "redis", "UserGroupId": "redis-group"], "DependsOn": Match.absent])
    }
  }

  @Suite("3. The imported built-in 'default' user counts as the default user of a Redis group")
  struct ImportedDefaultUser {
    @Test("A Redis group with NoPasswordUser.fromUserAttributes(userId: \"default\") validates")
    func importedDefaultUser() throws {
      let fixture = StackWithVPC()
      let stack = fixture.stack
      // As the README advises; upstream rejects the group (the import has no user name and no engine).
      let defaultUser = NoPasswordUser.fromUserAttributes(stack, "DefaultUser", userId: "default")
      let appUser = PasswordUser(
        stack, "AppUser", engine: .redis, userId: "app-user", accessControl: .fromAccessString("on ~app:* +@all"),
        passwords: [.secretsManager("app-user-password")])
      let userGroup = UserGroup(stack, "UserGroup", engine: .redis, users: [defaultUser, appUser])
      _ = ServerlessCache(stack, "Cache", vpc: fixture.vpc, engine: .redisLatest, userGroup: userGroup)
      let template = try Template(stack)
      try template.hasResource(
        "AWS::ElastiCache::UserGroup",
        [
          "Properties": ["Engine": "redis", "UserIds": ["default", "app-user"]],
          "DependsOn": [Match.exact(.string(appUser.resource.logicalID))],
        ])
    }

    @Test("An imported 'default' user of another engine is still not a Redis user")
    func importedDefaultUserOfAnotherEngine() {
      let stack = Stack()
      let defaultUser = NoPasswordUser.fromUserAttributes(stack, "DefaultUser", userId: "default", engine: .valkey)
      _ = UserGroup(stack, "UserGroup", engine: .redis, users: [defaultUser])
      expectSynthesisError(stack, "Redis user group can only contain Redis users.", at: "Default/UserGroup")
    }

    @Test("An imported user with another id and no name is not the default user")
    func otherImportedUser() {
      let stack = Stack()
      let user = NoPasswordUser.fromUserAttributes(stack, "User", userId: "legacy", engine: .redis)
      _ = UserGroup(stack, "UserGroup", engine: .redis, users: [user])
      expectSynthesisError(
        stack, "Redis user groups need to contain a user with the user name \"default\".", at: "Default/UserGroup")
    }
  }
}
