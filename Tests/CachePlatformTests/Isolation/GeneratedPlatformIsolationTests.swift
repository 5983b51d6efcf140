import CacheAccessControl
import CacheTestSupport
import ElastiCacheCDK
import Foundation
import Testing

/// A generated platform's users on real engines, each started as ElastiCache serverless runs
/// (`acl-pubsub-default allchannels`): every service can use its own keys, shared prefixes and channels, and
/// nothing of anyone else's or of the whole cache.
///
/// A user that breaks isolation (FLUSHALL, DEL of another's key...) changes the seeded keys, which the operator
/// checks at the end; a command that should have been refused and was not is listed with its reply.
@Suite("Isolation of a generated platform on redis-server 7 and valkey-server 8", .serialized)
struct GeneratedPlatformIsolationTests {
  /// The engines, each with the table of its commands.
  enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case redis7 = "redis-server 7"
    case valkey8 = "valkey-server 8"

    func program() throws -> ExternalProgram {
      switch self {
      case .redis7: try ExternalProgram("redis-server")
      case .valkey8: try ExternalProgram.valkeyServer()
      }
    }

    var table: CommandTable { self == .redis7 ? .redis7 : .valkey8 }
    var testDescription: String { rawValue }
  }

  static let seed: UInt64 = 0x5EED_0002
  static let serviceCount = 24
  static let operatorUser = RedisServer.User(name: "platform-operator", rules: "on ~* &* +@all")

  /// Runs `body` with a server of `engine` holding the platform's users and the operator, and the operator's
  /// connection.
  static func withServer(
    _ engine: Engine, _ platform: GeneratedPlatform,
    _ body: (RedisServer, EngineConnection) async throws -> Void
  ) async throws {
    let users = platform.services.map { RedisServer.User(name: $0.userName, rules: $0.accessString) }
    try await RedisServer.with(
      tls: false, users: users + [operatorUser], program: engine.program(),
      // DEBUG and MODULE enabled, so that the users' permissions are all that refuse them.
      configuration: [
        "--acl-pubsub-default", "allchannels", "--enable-debug-command", "yes", "--enable-module-command", "yes",
      ]
    ) { server in
      let operatorConnection = try EngineConnection(
        port: server.port, user: operatorUser.name, password: server.passwordsByUser[operatorUser.name])
      try await body(server, operatorConnection)
    }
  }

  @Test(
    "Every service reaches its own keys and channels and nothing of the others or of the whole cache",
    arguments: Engine.allCases)
  func isolation(engine: Engine) async throws {
    let platform = try GeneratedPlatform(seed: Self.seed, count: Self.serviceCount)
    #expect(
      platform.services.contains { $0.permissions.readOnly } && platform.services.contains { !$0.permissions.readOnly })
    try await Self.withServer(engine, platform) { server, operatorConnection in
      let seeded = try IsolationProbe.seed(platform, with: operatorConnection)
      for service in platform.services {
        let connection = try EngineConnection(
          port: server.port, user: service.userName, password: server.passwordsByUser[service.userName])
        let probe = IsolationProbe(service: service, platform: platform, connection: connection)
        let failures = try probe.ownKeyspace() + probe.othersKeys() + probe.wholeCache() + probe.channels()
        #expect(failures.isEmpty, "\(engine.rawValue), \(service.serviceName): \(failures.prefix(15))")
      }
      let changed = try IsolationProbe.changedSeeds(seeded, with: operatorConnection)
      #expect(changed.isEmpty, "keys another service changed or deleted: \(changed.prefix(15))")
      let users = try operatorConnection.run(["ACL", "USERS"])
      #expect(users.description.contains("intruder") == false)
    }
  }

  @Test(
    "The engine decides every command as the model does, and allows no keyless command that was not reviewed",
    arguments: Engine.allCases)
  func modelAgreement(engine: Engine) async throws {
    let platform = try GeneratedPlatform(seed: Self.seed, count: Self.serviceCount)
    try await Self.withServer(engine, platform) { _, operatorConnection in
      let commands = try EngineCommand.all(from: operatorConnection)
      #expect(Set(commands.map(\.name)) == Set(engine.table.callableCommands), "the command table is out of date")
      for service in platform.services {
        let probes = commands.map {
          ["ACL", "DRYRUN", service.userName] + $0.arguments(key: "\(service.keyspace):probe")
        }
        let replies = try operatorConnection.pipeline(probes)
        let model = AccessString(service.accessString).permissions(pubSubDefault: .allChannels)
        var disagreements: [String] = []
        var unreviewed: [String] = []
        for (command, reply) in zip(commands, replies) {
          // ACL DRYRUN answers OK, or a text saying why the user may not run the command.
          let engineAllows = !(reply.description.lowercased().contains("no permissions to run"))
          if engineAllows != model.allows(command.name, in: engine.table) {
            disagreements.append("\(command.name): engine \(reply)")
          }
          if engineAllows, !command.hasKeys, !KeyspaceConfinementTests.reviewedOutsideDataTypes.contains(command.name) {
            unreviewed.append(command.name)
          }
        }
        #expect(disagreements.isEmpty, "\(engine.rawValue), \(service.serviceName): \(disagreements.prefix(10))")
        #expect(unreviewed.isEmpty, "\(engine.rawValue), \(service.serviceName) may run keyless \(unreviewed)")
      }
    }
  }
}

/// A command as the engine describes it (`COMMAND`): its full name, arity and whether it has key positions.
struct EngineCommand {
  let name: String
  let arity: Int
  let hasKeys: Bool

  /// Every callable command and subcommand of the engine.
  static func all(from connection: EngineConnection) throws -> [EngineCommand] {
    guard case .array(let entries?) = try connection.run(["COMMAND"]) else { return [] }
    return entries.flatMap { entry -> [EngineCommand] in
      guard case .array(let fields?) = entry, fields.count >= 10 else { return [] }
      if case .array(let subcommands?) = fields[9], !subcommands.isEmpty {
        return subcommands.compactMap { subcommand in
          guard case .array(let subfields?) = subcommand else { return nil }
          return EngineCommand(subfields)
        }
      }
      return EngineCommand(fields).map { [$0] } ?? []
    }
  }

  private init?(_ fields: [EngineReply]) {
    guard case .bulk(let name?) = fields[0], case .integer(let arity) = fields[1] else { return nil }
    self.name = name.lowercased()
    self.arity = arity
    let firstKey = if case .integer(let position) = fields[3] { position } else { 0 }
    let keySpecifications = if case .array(let specifications?) = fields[8] { specifications.count } else { 0 }
    hasKeys = firstKey != 0 || keySpecifications > 0
  }

  /// The command's words and as many more arguments as its arity asks for, each `key`.
  func arguments(key: String) -> [String] {
    let words = name.split(separator: "|").map(String.init)
    return words + Array(repeating: key, count: max(0, abs(arity) - words.count))
  }
}
