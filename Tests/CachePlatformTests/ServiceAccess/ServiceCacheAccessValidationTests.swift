import CacheTestSupport
import ElastiCacheCDK
import ElastiCacheTesting
import Foundation
import Testing

/// Hostile and careless services: each must be refused on the service's construct path, with every problem of the
/// app reported at once and nothing written.
@Suite("Service names, keyspaces, prefixes and channels are validated")
struct ServiceCacheAccessValidationTests {
  /// Writes the app to a fresh directory; returns the error and what was written (nothing, when it failed).
  static func refusal(of fixture: PlatformFixture) throws -> (error: SynthesisError, written: [String]) {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let outdir = directory.path("cdk.out")
    let error = try #require(throws: SynthesisError.self) { try fixture.app.synth(outdir: outdir) }
    let written = (try? FileManager.default.contentsOfDirectory(atPath: outdir)) ?? []
    return (error, written)
  }

  static func codes(_ error: SynthesisError, at path: String) -> [String] {
    error.errors.filter { $0.path == path }.map(\.code)
  }

  /// A service with one hostile setting, and the code it must be refused with.
  struct HostileService: Sendable, CustomTestStringConvertible {
    var serviceName = "billing"
    var keyspace: String?
    var sharedPrefixes = ["common"]
    var channels: [String] = []
    let code: String

    var testDescription: String { "\(code): \(serviceName) \(keyspace ?? "-") \(sharedPrefixes) \(channels)" }
  }

  @Test(
    "A hostile name, keyspace, prefix or channel is refused on the service's path, and nothing is written",
    arguments: [
      HostileService(serviceName: "billing*", code: "InvalidServiceName"),
      HostileService(keyspace: "*", code: "InvalidKeyspace"),
      HostileService(keyspace: "", code: "InvalidKeyspace"),
      HostileService(keyspace: "billing ", code: "InvalidKeyspace"),
      HostileService(keyspace: "billing:*", code: "InvalidKeyspace"),
      HostileService(keyspace: "x\",\"password\":\"known-password-123456", code: "InvalidKeyspace"),
      HostileService(sharedPrefixes: ["common:* ~*"], code: "InvalidSharedPrefix"),
      HostileService(sharedPrefixes: ["common", "*"], code: "InvalidSharedPrefix"),
      HostileService(channels: ["*"], code: "InvalidChannel"),
      HostileService(channels: ["billing:* allchannels"], code: "InvalidChannel"),
      HostileService(channels: ["events\"}"], code: "InvalidChannel"),
    ])
  func hostile(service: HostileService) throws {
    var fixture = PlatformFixture()
    fixture.addService("orders")
    let access = fixture.addService(
      service.serviceName, stackName: "BillingService", keyspace: service.keyspace,
      permissions: KeyspacePermissions(sharedPrefixes: service.sharedPrefixes, channels: service.channels))
    let (error, written) = try Self.refusal(of: fixture)
    #expect(Self.codes(error, at: "BillingService/CacheAccess") == [service.code], "\(error)")
    #expect(error.errors.allSatisfy { $0.path == "BillingService/CacheAccess" }, "\(error)")
    #expect(written.isEmpty)
    // Nothing unvalidated reached a user's access string or a secret's template.
    #expect(access.node.tryFindChild("User") == nil && access.node.tryFindChild("Secret") == nil)
  }

  @Test("The keyspace that would inject a known password into the secret's template is refused with a clear message")
  func injectedPassword() throws {
    var fixture = PlatformFixture()
    fixture.addService("billing", stackName: "BillingService", keyspace: "x\",\"password\":\"known-password-123456")
    let (error, _) = try Self.refusal(of: fixture)
    #expect(
      error.contains(
        message:
          "Keyspace 'x\",\"password\":\"known-password-123456' of service 'billing' contains '\"', so '~<keyspace>:*' "
          + "would not be the service's keys only",
        path: "BillingService/CacheAccess"))
    #expect(error.errors.first?.fix?.contains("e.g. 'orders'") == true)
  }

  @Test("Every problem of a service is reported at once")
  func everyProblemAtOnce() throws {
    var fixture = PlatformFixture()
    fixture.addService(
      "billing", keyspace: "bill ing",
      permissions: KeyspacePermissions(sharedPrefixes: ["common", "~*", "a b"], channels: ["&x", "ok", "*"]))
    let (error, _) = try Self.refusal(of: fixture)
    #expect(
      Self.codes(error, at: "BillingService/CacheAccess") == [
        "InvalidKeyspace", "InvalidSharedPrefix", "InvalidSharedPrefix", "InvalidChannel", "InvalidChannel",
      ])
  }

  @Test("A service name that normalizes oddly is refused, even with a valid keyspace")
  func oddServiceName() throws {
    var fixture = PlatformFixture()
    fixture.addService("billing")
    fixture.addService("billing*", stackName: "StarService", keyspace: "billing-star")
    let (error, _) = try Self.refusal(of: fixture)
    #expect(Self.codes(error, at: "StarService/CacheAccess").contains("InvalidServiceName"))
    #expect(
      error.errors.contains {
        $0.code == "InvalidServiceName" && $0.message.hasPrefix("Service name 'billing*' contains '*'")
      })
  }

  @Test("A long or multi-line name is cut and escaped in the message")
  func longNames() throws {
    var fixture = PlatformFixture()
    fixture.addService("billing", keyspace: String(repeating: "x", count: 5_000) + "*")
    fixture.addService("orders", keyspace: "a'\nb")
    let (error, _) = try Self.refusal(of: fixture)
    let messages = error.errors.map(\.message)
    #expect(messages.contains { $0.hasPrefix("Keyspace '\(String(repeating: "x", count: 80))…' (5001 characters)") })
    #expect(messages.contains { $0.hasPrefix("Keyspace 'a\\'\\u{a}b' of service 'orders' contains a quote (')") })
    #expect(messages.allSatisfy { $0.count < 400 })
  }

  @Test("Keyspaces that are equal or nest at a ':' are refused on both services")
  func overlappingKeyspaces() throws {
    var fixture = PlatformFixture()
    fixture.addService("orders")
    fixture.addService("order-reports", keyspace: "orders:reports")
    fixture.addService("billing", keyspace: "payments")
    fixture.addService("payments-api", keyspace: "payments")
    fixture.addService("orders-v2")  // 'orders-v2:*' does not overlap 'orders:*'
    let (error, _) = try Self.refusal(of: fixture)
    #expect(Self.codes(error, at: "OrdersService/CacheAccess") == ["OverlappingKeyspaces"])
    #expect(Self.codes(error, at: "OrderReportsService/CacheAccess") == ["OverlappingKeyspaces"])
    #expect(Self.codes(error, at: "BillingService/CacheAccess") == ["OverlappingKeyspaces"])
    #expect(Self.codes(error, at: "PaymentsApiService/CacheAccess") == ["OverlappingKeyspaces"])
    #expect(Self.codes(error, at: "OrdersV2Service/CacheAccess").isEmpty)
    #expect(
      error.contains(
        message:
          "Keyspace 'orders' of service 'orders' and keyspace 'orders:reports' of service 'order-reports' "
          + "(OrderReportsService/CacheAccess) nest in the shared cache of platform 'payments': 'orders:*' matches "
          + "every key of 'orders:reports:*'",
        path: "OrdersService/CacheAccess"))
    #expect(
      error.contains(
        message:
          "Services 'payments-api' and 'billing' (BillingService/CacheAccess) both use keyspace 'payments' in the "
          + "shared cache of platform 'payments', so each can read, write and delete the other's keys",
        path: "PaymentsApiService/CacheAccess"))
  }

  @Test(
    "A shared prefix may not reach into another service's keyspace, nor a keyspace into a shared prefix",
    arguments: [
      ("billing-api", nil as String?), ("billing-api:exports", nil), ("common", "common:reporting"),
      ("common", "common"),
    ])
  func sharedPrefixInKeyspace(sharedPrefix: String, reportingKeyspace: String?) throws {
    var fixture = PlatformFixture()
    fixture.addService("billing-api")
    fixture.addService(
      "reporting-worker", keyspace: reportingKeyspace,
      permissions: KeyspacePermissions(readOnly: true, sharedPrefixes: [sharedPrefix]))
    let (error, _) = try Self.refusal(of: fixture)
    #expect(Self.codes(error, at: "BillingApiService/CacheAccess") == ["SharedPrefixInKeyspace"], "\(error)")
    #expect(Self.codes(error, at: "ReportingWorkerService/CacheAccess") == ["SharedPrefixInKeyspace"], "\(error)")
  }

  @Test("The bundled example's old reporting-worker, sharing billing-api's keyspace, is refused with the reason")
  func exampleSharedPrefix() throws {
    var fixture = PlatformFixture()
    fixture.addService("billing-api")
    fixture.addService(
      "reporting-worker", permissions: KeyspacePermissions(readOnly: true, sharedPrefixes: ["common", "billing-api"]))
    let (error, _) = try Self.refusal(of: fixture)
    #expect(
      error.contains(
        message:
          "Shared prefix 'billing-api' of service 'reporting-worker' matches keys of service 'billing-api' "
          + "(BillingApiService/CacheAccess), whose keyspace is 'billing-api', so this service can read and write them",
        path: "ReportingWorkerService/CacheAccess"))
  }

  @Test("A declared channel may not lie in another service's channels")
  func channelInKeyspace() throws {
    var fixture = PlatformFixture()
    fixture.addService("orders")
    fixture.addService("billing", permissions: KeyspacePermissions(channels: ["orders:events"]))
    let (error, _) = try Self.refusal(of: fixture)
    #expect(Self.codes(error, at: "BillingService/CacheAccess") == ["ChannelInKeyspace"])
    #expect(Self.codes(error, at: "OrdersService/CacheAccess") == ["ChannelInKeyspace"])
  }

  @Test("Services of different platforms, and shared channels outside every keyspace, do not conflict")
  func noConflict() throws {
    var fixture = PlatformFixture()
    fixture.addService("orders", permissions: KeyspacePermissions(channels: ["events.orders"]))
    fixture.addService(
      "order-reports",
      permissions: KeyspacePermissions(sharedPrefixes: ["common", "reports"], channels: ["events.orders"]))
    fixture.addService("orders-v2", keyspace: "orders-v2:api")
    let other = SharedCache(fixture.platform, "OtherCache", platformName: "billing", vpc: fixture.vpc, alarms: .none)
    _ = ServiceCacheAccess(
      Stack(fixture.app, "OtherOrders"), "CacheAccess", serviceName: "billing-orders", keyspace: "orders", cache: other)
    #expect(throws: Never.self) { try fixture.app.synthesize() }
  }

  @Test("A service that looks the shared cache up by platform name is checked against the others of the app")
  func importedCache() throws {
    var fixture = PlatformFixture()
    fixture.addService("orders")
    let stack = Stack(fixture.app, "ImportingService")
    let shared = SharedCache.fromParameters(stack, "SharedCache", platformName: "payments")
    _ = ServiceCacheAccess(stack, "CacheAccess", serviceName: "orders-copy", keyspace: "orders", cache: shared)
    let (error, _) = try Self.refusal(of: fixture)
    #expect(Self.codes(error, at: "ImportingService/CacheAccess") == ["OverlappingKeyspaces"])
  }

  @Test("Unconfined permissions synthesize with a warning on the service's path")
  func unconfinedWarning() throws {
    var fixture = PlatformFixture()
    let access = fixture.addService("legacy-api", permissions: .unconfined())
    #expect(access.accessString == "on ~legacy-api:* ~common:* +@all")
    let warnings = try fixture.app.synthesize().warnings.filter { $0.path == "LegacyApiService/CacheAccess" }
    #expect(warnings.map(\.code) == ["UnconfinedServiceAccess"])
    #expect(warnings.first?.message.contains("FLUSHALL, KEYS, SCAN") == true)
  }

  @Test("The module's catalog lists every code of keyspace isolation once")
  func catalog() {
    let names = KeyspaceIsolationProblems.codes.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(KeyspaceIsolationProblems.codes.allSatisfy { $0.module == "CachePlatform" && !$0.summary.isEmpty })
  }
}
