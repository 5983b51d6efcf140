import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The port of the newest upstream engine cases: the `CacheEngine class` block of `serverless-cache.test.ts`
/// (reference §7.1b, 14 cases, reconstructed from a port of the newest upstream test) and the
/// `UserEngine class` block of `user-group.test.ts` (`09d91841`, reference §7.6 items 35–40, 6 cases).
@Suite("Engines")
struct EngineTests {
  @Suite("CacheEngine class")
  struct CacheEngineClass {
    @Test("of() returns an instance with the given engine type and major version")
    func ofWithVersion() {
      let engine = CacheEngine.of("valkey", majorVersion: "8")
      #expect(engine.engineType == "valkey")
      #expect(engine.majorEngineVersion == "8")
    }

    @Test("of() supports a major version without a named member (valkey 9)")
    func ofValkey9() {
      let engine = CacheEngine.of("valkey", majorVersion: "9")
      #expect(engine.engineType == "valkey")
      #expect(engine.majorEngineVersion == "9")
    }

    @Test("of() without a major version leaves it undefined")
    func ofWithoutVersion() {
      #expect(CacheEngine.of("valkey").majorEngineVersion == nil)
    }

    @Test("named static members expose the correct engineType and majorEngineVersion")
    func namedMembers() {
      #expect(CacheEngine.valkey8.engineType == "valkey")
      #expect(CacheEngine.valkey8.majorEngineVersion == "8")
      #expect(CacheEngine.valkeyLatest.majorEngineVersion == nil)
      #expect(CacheEngine.memcached1_6.engineType == "memcached")
      #expect(CacheEngine.memcached1_6.majorEngineVersion == "1.6")
    }

    @Test("VALKEY_9 exposes the correct engineType and majorEngineVersion")
    func valkey9() {
      #expect(CacheEngine.valkey9.engineType == "valkey")
      #expect(CacheEngine.valkey9.majorEngineVersion == "9")
    }

    @Test("toString() joins the engine type and major version")
    func descriptionWithVersion() {
      #expect(CacheEngine.valkey8.description == "valkey_8")
      #expect(CacheEngine.memcached1_6.description == "memcached_1.6")
    }

    @Test("toString() returns the engine type for the latest members")
    func descriptionWithoutVersion() {
      #expect(CacheEngine.valkeyLatest.description == "valkey")
      #expect(CacheEngine.redisLatest.description == "redis")
    }

    @Test("VALKEY_9 synthesizes Engine valkey and MajorEngineVersion 9")
    func valkey9Cache() throws {
      let fixture = StackWithVPC()
      _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, engine: .valkey9)
      try Template(fixture.stack).hasResourceProperties(
        "AWS::ElastiCache::ServerlessCache", ["Engine": "valkey", "MajorEngineVersion": "9"])
    }

    @Test("CacheEngine.of('valkey', '9') synthesizes Engine valkey and MajorEngineVersion 9")
    func customEngineCache() throws {
      let fixture = StackWithVPC()
      _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, engine: .of("valkey", majorVersion: "9"))
      try Template(fixture.stack).hasResourceProperties(
        "AWS::ElastiCache::ServerlessCache", ["Engine": "valkey", "MajorEngineVersion": "9"])
    }

    @Test("MEMCACHED_1_6 with a user group throws MemcachedUserGroupNotSupported")
    func memcached16WithUserGroup() {
      let fixture = StackWithVPC()
      let userGroup = UserGroup(fixture.stack, "UserGroup")
      _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, engine: .memcached1_6, userGroup: userGroup)
      expectSynthesisError(
        fixture.stack,
        "User groups cannot be used with Memcached engines. Only Redis and Valkey engines support user groups.",
        at: "Default/Cache")
    }

    @Test("REDIS_7 with a Valkey user group throws RedisUserGroupMismatch")
    func redis7WithValkeyUserGroup() {
      let fixture = StackWithVPC()
      let userGroup = UserGroup(fixture.stack, "UserGroup", engine: .valkey)
      _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, engine: .redis7, userGroup: userGroup)
      expectSynthesisError(fixture.stack, "Redis cache can only use Redis user groups.", at: "Default/Cache")
    }

    @Test("an imported VALKEY_9 cache has the default port 6379")
    func importedValkey9Port() throws {
      let fixture = StackWithVPC()
      let securityGroup = EC2.SecurityGroup(fixture.stack, "SecurityGroup", vpc: fixture.vpc)
      let cache = ServerlessCache.fromServerlessCacheAttributes(
        fixture.stack, "ImportedCache", engine: .valkey9, serverlessCacheName: "my-cache",
        securityGroups: [securityGroup])
      let port = try #require(cache.connections.defaultPort)
      #expect(port.description.contains("6379"))
    }

    @Test("of() does not return the same instance as a named static member")
    func ofIsNotTheNamedMember() {
      // Engines are values without identity: `of()` builds an independent value, equal field by field.
      let custom = CacheEngine.of("valkey", majorVersion: "8")
      #expect(custom == .valkey8)
      #expect(CacheEngine.of("valkey") == .valkeyLatest)
    }

    @Test("VALKEY_9 with a Redis user group synthesizes without error")
    func valkey9WithRedisUserGroup() throws {
      let fixture = StackWithVPC()
      let defaultUser = NoPasswordUser(
        fixture.stack, "DefaultUser", engine: .redis, userId: "default", userName: "default",
        accessControl: .fromAccessString("on ~* +@all"))
      let userGroup = UserGroup(fixture.stack, "UserGroup", engine: .redis, users: [defaultUser])
      _ = ServerlessCache(fixture.stack, "Cache", vpc: fixture.vpc, engine: .valkey9, userGroup: userGroup)
      _ = try Template(fixture.stack)
    }
  }

  @Suite("UserEngine class")
  struct UserEngineClass {
    @Test("of() returns an instance with the expected engineType")
    func ofEngineType() {
      #expect(UserEngine.of("redis").engineType == "redis")
    }

    @Test("of() supports arbitrary engines")
    func ofArbitraryEngine() {
      #expect(UserEngine.of("futureengine").engineType == "futureengine")
    }

    @Test("named static members expose the correct engineType")
    func namedMembers() {
      #expect(UserEngine.valkey.engineType == "valkey")
      #expect(UserEngine.redis.engineType == "redis")
    }

    @Test("toString() returns the engineType")
    func description() {
      #expect(UserEngine.valkey.description == "valkey")
      #expect(UserEngine.redis.description == "redis")
    }

    @Test("of() does not return the same instance as a named static member")
    func ofIsNotTheNamedMember() {
      // Engines are values without identity: `of()` builds an independent value, equal to the named member.
      #expect(UserEngine.of("redis") == .redis)
      #expect(UserEngine.of("valkey") == .valkey)
    }

    @Test("fromUserGroupAttributes preserves engine when constructed via UserEngine.of()")
    func importPreservesCustomEngine() {
      let stack = Stack()
      let customEngine = UserEngine.of("redis")
      let imported = UserGroup.fromUserGroupAttributes(
        stack, "Imported", userGroupName: "my-group", engine: customEngine)
      // Upstream `toBe(customEngine)` checks identity; engines are values here, compared by value.
      #expect(imported.engine == customEngine)
      #expect(imported.engine?.engineType == "redis")
    }
  }
}
