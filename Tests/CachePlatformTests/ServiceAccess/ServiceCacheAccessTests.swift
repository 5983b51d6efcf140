import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("Service cache access")
struct ServiceCacheAccessTests {
  @Test("The access string of enrollment-api is confined to its keyspace, the common prefix and its channels")
  func enrollmentAccessString() throws {
    var fixture = PlatformFixture()
    let access = fixture.addService("enrollment-api")
    let expected =
      "on ~enrollment-api:* ~common:* resetchannels &enrollment-api:* +@all -@dangerous -scan -randomkey -dbsize "
      + "-select -move -client|tracking -script +script|load +script|exists -function -cluster +cluster|slots "
      + "+cluster|shards +cluster|nodes +cluster|info +cluster|myid +cluster|keyslot -memory +memory|usage -pubsub"
    #expect(access.accessString == expected)
    #expect(access.permissions == KeyspacePermissions())
    let template = try fixture.template(fixture.services[0].stack)
    try template.hasResourceProperties(
      "AWS::ElastiCache::User",
      ["AccessString": .init(stringLiteral: expected), "UserId": "enrollmentapi", "UserName": "enrollmentapi"])
  }

  @Test("Permissions: read-only, extra shared prefixes and channels")
  func permissionOptions() {
    let permissions = KeyspacePermissions(
      readOnly: true, sharedPrefixes: ["common", "catalog"], channels: ["events.orders"])
    #expect(
      permissions.accessString(keyspace: "orders").hasPrefix(
        "on ~orders:* ~common:* ~catalog:* resetchannels &orders:* &events.orders -@all +@read "))
  }

  @Test("User names follow the seed's normalization: lowercase letters and digits, at most 32")
  func normalization() {
    #expect(ServiceUserName.normalize("Enrollment-API") == "enrollmentapi")
    #expect(ServiceUserName.normalize("billing_worker.v2") == "billingworkerv2")
    #expect(ServiceUserName.normalize(String(repeating: "ab-", count: 20))?.count == 32)
    #expect(ServiceUserName.normalize("--__--") == nil)
  }

  @Test("A new service user gets its user, generated secret and group membership")
  func creationAndMembership() throws {
    var fixture = PlatformFixture()
    let access = fixture.addService("enrollment-api")
    let template = try fixture.template(fixture.services[0].stack)
    let secretID = try #require(access.secret.node.defaultChild as? CfnElement).logicalID
    let userID = access.user.resource.logicalID
    try template.hasResourceProperties(
      "AWS::SecretsManager::Secret",
      ["GenerateSecretString": ["GenerateStringKey": "password", "PasswordLength": 32]])
    try template.hasResourceProperties(
      "AWS::ElastiCache::User",
      [
        "Engine": "valkey",
        "AuthenticationMode": [
          "Type": "password",
          "Passwords": [
            .exact([
              "Fn::Join": [
                "", ["{{resolve:secretsmanager:", ["Ref": .string(secretID)], ":SecretString:password::}}"],
              ]
            ])
          ],
        ],
      ])
    try template.hasResource(
      "Custom::ElastiCacheUserGroupMembership",
      [
        "Properties": ["UserId": "enrollmentapi", "OnDelete": "preserve", "UserGroupId": Match.anyValue],
        "DependsOn": .arrayWith([.init(stringLiteral: userID)]),
      ])
  }

  @Test("The secret's payload holds host, port, username, keyspace and TLS; the password is generated")
  func secretPayload() throws {
    var fixture = PlatformFixture()
    fixture.addService("enrollment-api")
    let template = try fixture.template(fixture.services[0].stack)
    let secret = try #require(template.findResources("AWS::SecretsManager::Secret").first?.entry)
    let payload = try #require(secret["Properties"]?["GenerateSecretString"]?["SecretStringTemplate"]).jsonString(
      indent: 0)
    for field in [
      #"{\"host\":\""#, #"\",\"port\":"#, #",\"username\":\"enrollmentapi\""#,
      #"\"keyspace\":\"enrollment-api\""#, #"\"tls\":true}"#,
    ] {
      #expect(payload.contains(field), "payload template \(payload) lacks \(field)")
    }
    #expect(!payload.contains("password"))
  }

  @Test("bind sets REDIS_SECRET_ARN, grants read on exactly that secret, and opens the port from the function")
  func bind() throws {
    var fixture = PlatformFixture()
    let access = fixture.addService("enrollment-api")
    let template = try fixture.template(fixture.services[0].stack)
    let secretID = try #require(access.secret.node.defaultChild as? CfnElement).logicalID
    try template.hasResourceProperties(
      "AWS::Lambda::Function",
      [
        "Environment": [
          "Variables": ["REDIS_SECRET_ARN": .exact(["Ref": .string(secretID)]), "REDIS_HEALTH_CHECK": "ping"]
        ]
      ])
    let readStatements = template.findResources("AWS::IAM::Policy").flatMap {
      $0.entry["Properties"]?["PolicyDocument"]?["Statement"]?.arrayValue ?? []
    }.filter { $0.jsonString(indent: 0).contains("secretsmanager:GetSecretValue") }
    #expect(readStatements.count == 1)
    #expect(readStatements.first?["Resource"] == ["Ref": .string(secretID)])
    try template.hasResourceProperties(
      "AWS::EC2::SecurityGroupIngress", ["Description": "enrollment-api to the shared cache", "IpProtocol": "tcp"])
  }

  @Test("bind with another variable name and without the health check")
  func bindOptions() throws {
    let app = App(outdir: "unused", environment: [:])
    let platform = Stack(app, "Platform")
    let vpc = EC2.VPC(platform, "Vpc")
    let shared = SharedCache(platform, "Shared", platformName: "payments", vpc: vpc, alarms: .none)
    let access = ServiceCacheAccess(platform, "Access", serviceName: "orders", cache: shared)
    let function = Lambda.Function(
      platform, "Handler", runtime: .python3_12, handler: "index.handler", code: .fromInline("def handler(e, c): pass"),
      vpc: vpc)
    access.bind(to: function, environmentVariable: "CACHE_SECRET", healthCheck: false)
    let variables = try #require(
      Template(platform).findResources("AWS::Lambda::Function").first { $0.logicalID.hasPrefix("Handler") }?.entry[
        "Properties"]?["Environment"]?["Variables"]?.objectValue)
    #expect(variables.keys == ["CACHE_SECRET"])
  }

  @Test("Delete preserves membership by default; remove is explicit")
  func deletionPolicy() throws {
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "Platform")
    let shared = SharedCache(stack, "Shared", platformName: "payments", vpc: EC2.VPC(stack, "Vpc"), alarms: .none)
    _ = ServiceCacheAccess(stack, "Preserved", serviceName: "orders", cache: shared)
    _ = ServiceCacheAccess(stack, "Removed", serviceName: "billing", cache: shared, onDelete: .remove)
    let memberships = try Template(stack).findResources("Custom::ElastiCacheUserGroupMembership")
    #expect(Set(memberships.compactMap { $0.entry["Properties"]?["OnDelete"]?.stringValue }) == ["preserve", "remove"])
  }

  @Test("A service name that normalizes to nothing fails with a clear message and the path")
  func emptyName() throws {
    var fixture = PlatformFixture()
    fixture.addService("---", bind: false)
    let error = try #require(throws: SynthesisError.self) { try fixture.app.synthesize() }
    #expect(
      error.contains(
        message:
          "Service name '---' has no letters or digits, so it gives no user name. Name the service with letters or digits, e.g. 'enrollment-api'.",
        path: "Service/CacheAccess"))
  }

  @Test("Two services whose names normalize to the same user fail with a clear message")
  func collision() throws {
    var fixture = PlatformFixture()
    fixture.addService("billing-api")
    fixture.addService("billingapi")
    let error = try #require(throws: SynthesisError.self) { try fixture.app.synthesize() }
    #expect(error.errors.contains { $0.code == "DuplicateServiceUserName" && $0.message.contains("'billingapi'") })
  }

  @Test("A service in another app finds the shared cache through the platform's SSM parameters")
  func lookupFromParameters() throws {
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "OrdersService")
    let vpc = EC2.VPC(stack, "Vpc")
    let shared = SharedCache.fromParameters(stack, "SharedCache", platformName: "payments")
    let access = ServiceCacheAccess(stack, "CacheAccess", serviceName: "orders", cache: shared)
    let function = Lambda.Function(
      stack, "Handler", runtime: .python3_12, handler: "index.handler", code: .fromInline("def handler(e, c): pass"),
      vpc: vpc)
    access.bind(to: function)
    let template = try Template(stack)
    for name in ["endpoint-address", "endpoint-port", "user-group-id", "security-group-id", "cache-name"] {
      try template.hasParameter(
        "*",
        [
          "Type": "AWS::SSM::Parameter::Value<String>",
          "Default": .init(stringLiteral: "/cache-platform/payments/\(name)"),
        ])
    }
    try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", ["FromPort": 6379, "ToPort": 6379])
  }
}
