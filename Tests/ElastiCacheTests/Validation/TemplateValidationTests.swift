import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// Wrong input that would reach a template CloudFormation rejects is reported once, on the construct the user
/// created, with the resource type, the property, the value and what is allowed.
@Suite("ElastiCache templates CloudFormation accepts")
struct TemplateValidationTests {
  /// An app with a stack `Stack` and an imported VPC, for caches.
  private struct Fixture {
    let app = App(outdir: "unused")
    let stack: Stack
    let vpc: any EC2.VPCProtocol

    init() {
      stack = Stack(app, "Stack")
      vpc = EC2.VPC.fromVPCAttributes(
        stack, "Vpc", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a"],
        privateSubnetIds: ["subnet-0123456789abcdef0"])
    }

    var errors: [Diagnostic] {
      do {
        _ = try app.synthesize()
        return []
      } catch {
        return error.errors
      }
    }
  }

  private func problem(_ path: String, _ code: ProblemCode, _ message: String, fix: String) -> Diagnostic {
    Diagnostic(Problem(code, message, fix: fix), path: path)
  }

  @Test("A cache engine other than valkey, redis or memcached is reported once, on the cache")
  func cacheEngine() {
    let fixture = Fixture()
    _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, engine: .of("mysql"))
    #expect(
      fixture.errors == [
        problem(
          "Stack/Cache", .propertyValueNotAllowed,
          "AWS::ElastiCache::ServerlessCache property Engine is 'mysql', which is not one of the allowed values: "
            + "memcached, redis and valkey.",
          fix: "Use one of the allowed values.")
      ])
  }

  @Test("A user engine other than valkey or redis is reported once, on the user", arguments: ["Valkey", ""])
  func userEngine(_ engine: String) {
    let fixture = Fixture()
    _ = IAMUser(
      fixture.stack, "User", engine: .of(engine), userId: "orders", accessControl: .fromAccessString("on ~* +@read"))
    #expect(
      fixture.errors == [
        problem(
          "Stack/User", .propertyValueNotAllowed,
          "AWS::ElastiCache::User property Engine is '\(engine)', which is not one of the allowed values: redis and valkey.",
          fix: "Use one of the allowed values.")
      ])
  }

  @Test("A backup time that is not HH:MM is reported on the cache")
  func backupTime() {
    let fixture = Fixture()
    _ = ServerlessCache(
      fixture.stack, "Cache", vpc: fixture.vpc, backup: BackupSettings(backupTime: .cron(minute: "abc", hour: "99")))
    #expect(
      fixture.errors == [
        problem(
          "Stack/Cache", .propertyPatternMismatch,
          "AWS::ElastiCache::ServerlessCache property DailySnapshotTime is '99:abc', which does not match the pattern "
            + "^([01][0-9]|2[0-3]):[0-5][0-9]$.",
          fix: "Use a time of day written HH:MM, from 00:00 to 23:59 (UTC).")
      ])
  }

  @Test("A user group id with spaces or non-ASCII letters is reported once, on the group")
  func userGroupID() {
    let fixture = Fixture()
    let group = UserGroup(fixture.stack, "Group", userGroupName: "UPPER CASE ü")
    _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, userGroup: group)
    #expect(
      fixture.errors == [
        problem(
          "Stack/Group", .propertyPatternMismatch,
          "AWS::ElastiCache::UserGroup property UserGroupId is 'UPPER CASE ü', which does not match the pattern "
            + "^[A-Za-z][A-Za-z0-9-]*$.",
          fix: "Use ASCII letters, digits and hyphens, beginning with a letter.")
      ])
    let imported = Fixture()
    _ = ServerlessCache(
      imported.stack, "Cache", vpc: imported.vpc,
      userGroup: UserGroup.fromUserGroupName(imported.stack, "Group", "no such group"))
    #expect(imported.errors.map(\.path) == ["Stack/Cache"])
  }

  @Test("An explicit cache name must be an ElastiCache identifier; a generated one always is")
  func cacheNames() throws {
    let fixture = Fixture()
    _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, serverlessCacheName: "orders--cache-")
    #expect(
      fixture.errors == [
        problem(
          "Stack/Cache", .propertyPatternMismatch,
          "AWS::ElastiCache::ServerlessCache property ServerlessCacheName is 'orders--cache-', which does not match "
            + "the pattern ^[A-Za-z](-?[A-Za-z0-9])*$.",
          fix: "Use 1 to 40 ASCII letters, digits and hyphens, beginning with a letter, without two hyphens in a row "
            + "or a hyphen at the end.")
      ])
    let generated = Fixture()
    let stack = Stack(generated.app, "a--b-")
    let vpc = EC2.VPC.fromVPCAttributes(
      stack, "Vpc", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a"],
      privateSubnetIds: ["subnet-0123456789abcdef0"])
    _ = ServerlessCache(stack, "---", vpc: vpc)
    _ = UserGroup(stack, "🚀")
    #expect(generated.errors.isEmpty)
  }

  @Test("The same user id in two stacks of one account and region is an error on the second user")
  func duplicateUserIDs() {
    let fixture = Fixture()
    let other = Stack(fixture.app, "Other")
    for stack in [fixture.stack, other] {
      _ = IAMUser(stack, "User", userId: "orders", accessControl: .fromAccessString("on ~orders:* +@all"))
    }
    #expect(
      fixture.errors == [
        problem(
          "Other/User", .duplicatePhysicalName,
          "AWS::ElastiCache::User UserId 'orders' is already the UserId of Stack/User: each AWS::ElastiCache::User "
            + "needs its own UserId in an account and region, so deploying both fails.",
          fix: "Give one of them another UserId, or create the resource once and import it elsewhere.")
      ])
  }

  @Test("A user whose id the user checks is reported once, and an imported user's id by the group")
  func userIDsOnce() {
    let fixture = Fixture()
    let user = IAMUser(fixture.stack, "User", userId: "bad id", accessControl: .fromAccessString("on ~* +@read"))
    let imported = UserBase.fromUserId(fixture.stack, "Imported", "also bad")
    _ = UserGroup(fixture.stack, "Group", users: [user, imported])
    let found = fixture.errors
    #expect(found.map(\.path) == ["Stack/User", "Stack/Group"])
    #expect(found.map(\.code) == ["InvalidUserId", "PropertyPatternMismatch"])
    #expect(found.last?.message.hasPrefix("AWS::ElastiCache::UserGroup property UserIds is 'also bad'") == true)
  }

  @Test("Passwords are never shown, and an empty secret id is reported on the user")
  func passwords() {
    let fixture = Fixture()
    _ = PasswordUser(
      fixture.stack, "Plain", userId: "plain", accessControl: .fromAccessString("on ~* +@read"),
      passwords: [.unsafePlainText("short")])
    _ = PasswordUser(
      fixture.stack, "Empty", userId: "empty", accessControl: .fromAccessString("on ~* +@read"),
      passwords: [.secretsManager("")])
    let found = fixture.errors
    #expect(found.map(\.path) == ["Stack/Plain", "Stack/Empty"])
    #expect(found.map(\.code) == ["InvalidPassword", "InvalidDynamicReference"])
    #expect(!found.contains { $0.description.contains("short") })
  }

  @Test("A security group description derived from an odd construct id is made valid")
  func derivedDescription() throws {
    let fixture = Fixture()
    _ = ServerlessCache(fixture.stack, "🚀 <Cache>", vpc: fixture.vpc)
    let template = try Template(fixture.stack)
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroup", ["GroupDescription": "Security group for  Cache cache."])
  }
}
