import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// Imported serverless caches: their default port by engine (reference §6) and connections.
@Suite("Imported serverless caches")
struct ImportedServerlessCacheTests {
  struct PortCase: Sendable, CustomTestStringConvertible {
    let engine: CacheEngine
    let port: Int
    var testDescription: String { "\(engine) → \(port)" }
  }

  @Test(
    "The default port follows the engine",
    arguments: [
      PortCase(engine: .valkeyLatest, port: 6379), PortCase(engine: .valkey7, port: 6379),
      PortCase(engine: .valkey8, port: 6379), PortCase(engine: .valkey9, port: 6379),
      PortCase(engine: .of("valkey", majorVersion: "10"), port: 6379), PortCase(engine: .redisLatest, port: 6379),
      PortCase(engine: .redis7, port: 6379), PortCase(engine: .memcachedLatest, port: 11211),
      PortCase(engine: .memcached1_6, port: 11211),
    ])
  func defaultPort(_ row: PortCase) throws {
    let fixture = StackWithVPC()
    let cacheGroup = EC2.SecurityGroup(fixture.stack, "CacheSG", vpc: fixture.vpc)
    let client = EC2.SecurityGroup(fixture.stack, "Client", vpc: fixture.vpc)
    let cache = ServerlessCache.fromServerlessCacheAttributes(
      fixture.stack, "Imported", engine: row.engine, serverlessCacheName: "my-cache", securityGroups: [cacheGroup])
    let port = try #require(cache.connections.defaultPort)
    #expect(port == EC2.Port.tcp(row.port))
    cache.connections.allowDefaultPortFrom(client)
    try Template(fixture.stack).hasResourceProperties(
      "AWS::EC2::SecurityGroupIngress",
      ["IpProtocol": "tcp", "FromPort": Match(integerLiteral: row.port), "ToPort": Match(integerLiteral: row.port)])
  }

  @Test("Without an engine there is no default port")
  func noEngineNoPort() {
    let stack = Stack()
    let cache = ServerlessCache.fromServerlessCacheName(stack, "Imported", "my-cache")
    #expect(cache.connections.defaultPort == nil)
    #expect(cache.engine == nil)
  }

  @Test("allowDefaultPortFrom on an import without an engine is an error on the import")
  func allowDefaultPortFromWithoutEngine() throws {
    let fixture = StackWithVPC()
    let cacheGroup = EC2.SecurityGroup(fixture.stack, "CacheSG", vpc: fixture.vpc)
    let client = EC2.SecurityGroup(fixture.stack, "Client", vpc: fixture.vpc)
    let cache = ServerlessCache.fromServerlessCacheAttributes(
      fixture.stack, "Imported", serverlessCacheName: "my-cache", securityGroups: [cacheGroup])
    cache.connections.allowDefaultPortFrom(client)
    let error = try #require(
      expectSynthesisError(
        fixture.stack, "Cannot call allowDefaultPortFrom(): this resource has no default port", at: "Default/Imported"))
    #expect(error.errors.count == 1)
  }

  @Test("allowToDefaultPort towards an import without an engine is an error")
  func allowToDefaultPortWithoutEngine() {
    let fixture = StackWithVPC()
    let client = EC2.SecurityGroup(fixture.stack, "Client", vpc: fixture.vpc)
    let cache = ServerlessCache.fromServerlessCacheName(fixture.stack, "Imported", "my-cache")
    client.connections.allowToDefaultPort(cache)
    expectSynthesisError(
      fixture.stack, "Cannot call allowToDefaultPort(): other resource has no default port", at: "Default/Client")
  }

  @Test("An import with an unknown engine type reports it and has no default port")
  func unknownEngine() {
    let stack = Stack()
    let cache = ServerlessCache.fromServerlessCacheAttributes(
      stack, "Imported", engine: .of("futureengine"), serverlessCacheName: "my-cache")
    #expect(cache.connections.defaultPort == nil)
    expectSynthesisError(stack, "Unsupported cache engine: futureengine", at: "Default/Imported")
  }

  @Test("An import keeps every attribute it is given")
  func attributes() {
    let fixture = StackWithVPC()
    let key = KMS.Key(fixture.stack, "Key")
    let group = UserGroup.fromUserGroupName(fixture.stack, "Group", "my-group")
    let subnets = fixture.vpc.privateSubnets
    let cache = ServerlessCache.fromServerlessCacheAttributes(
      fixture.stack, "Imported", engine: .redis7, serverlessCacheName: "my-cache",
      backupArnsToRestore: ["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:seed"], kmsKey: key,
      vpc: fixture.vpc, subnets: subnets, userGroup: group)
    #expect(cache.engine == .redis7)
    #expect(cache.serverlessCacheName == "my-cache")
    #expect(cache.backupArnsToRestore == ["arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:seed"])
    #expect(cache.kmsKey === key)
    #expect(cache.vpc === fixture.vpc)
    #expect(cache.subnets?.count == subnets.count)
    #expect(cache.userGroup === group)
    #expect(cache.securityGroups == nil)
    #expect(cache.connections.securityGroups.isEmpty)
  }
}
