// Measures how many random ServerlessCache/User/UserGroup configurations synthesis accepts, and how many of
// the accepted ones cfn-lint rejects (the target is none). Run it with scripts/measure-template-acceptance.sh.
//
//     template-acceptance COUNT SEED OUTDIR CFN_LINT
//
// Each configuration is one app: a stack, a VPC (created or imported), an optional user group with zero to
// three users of any kind, a serverless cache, and sometimes a second stack that reuses a user id. The values
// are drawn from pools of valid and invalid ones (engines, ids, names, descriptions, limits, backup settings,
// access strings, passwords). Accepted templates are written to OUTDIR and linted in batches.
import ElastiCacheCDK
import Foundation

/// A seeded random number generator, so that a run can be repeated.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

/// Draws the values of one configuration.
struct Draw {
  var random: SplitMix64

  static let lowerCase = "abcdefghijklmnopqrstuvwxyz"
  static let letters = lowerCase + lowerCase.uppercased()
  static let digits = "0123456789"
  static let accessStrings = [
    "on ~* +@all", "on ~app:* +@read", "", "   ", "off -@all", "on ~orders:* +@all -flushall",
  ]
  static let userEngines: [UserEngine] = [.valkey, .redis, .valkey, .redis, .of("Valkey"), .of(""), .of("mysql")]
  static let cacheEngines: [CacheEngine] = [
    .valkeyLatest, .valkey7, .valkey8, .valkey9, .redisLatest, .redis7, .memcachedLatest, .memcached1_6,
    .of("mysql"), .of("Valkey"), .of(""),
  ]

  mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }

  mutating func pick<Element>(_ items: [Element]) -> Element { items[Int.random(in: 0..<items.count, using: &random)] }

  mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

  mutating func text(_ alphabet: String, _ lengths: ClosedRange<Int>) -> String {
    let characters = Array(alphabet)
    return String((0..<number(lengths)).map { _ in pick(characters) })
  }

  mutating func identifier() -> String {
    switch number(0...9) {
    case 0: return pick(["", "-", "a-", "a--b", "1abc", "UPPER CASE ü", "default", "🚀", "x y", "a_b"])
    case 1: return text(Self.letters + Self.digits + "-_ .ü", 1...45)
    case 2: return text(Self.lowerCase, 1...1) + text(Self.lowerCase + Self.digits + "-", 0...50)
    default:
      let suffix = chance(0.3) ? "-" + text(Self.lowerCase + Self.digits, 1...8) : ""
      return text(Self.lowerCase, 1...1) + text(Self.lowerCase + Self.digits, 0...12) + suffix
    }
  }

  mutating func constructID() -> String {
    chance(0.15)
      ? pick(["🚀", "---", "Cache 1", "a/b", "ü", "_", "Resource", "Default"])
      : "C" + text(Self.letters + Self.digits, 0...10)
  }

  mutating func description() -> String {
    switch number(0...5) {
    case 0: return ""
    case 1: return text(Self.letters + " <>ü€#@!", 1...40)
    case 2: return text(Self.letters, 250...300)
    default: return text(Self.letters + Self.digits + " .-", 1...60)
    }
  }

  mutating func cronField() -> String? {
    chance(0.2) ? nil : pick(["0", "5", "30", "59", "60", "99", "abc", "*", "1-5", "23", "24"])
  }

  mutating func size() -> Size {
    chance(0.7) ? .gibibytes(Double(number(-2...6000))) : .mebibytes(Double(number(0...8000)))
  }

  mutating func secret() -> SecretValue {
    switch number(0...4) {
    case 0: return .secretsManager("")
    case 1: return .unsafePlainText(text(Self.letters + Self.digits + " ,@/", 0...40))
    case 2: return .ssmSecure("/cache/" + identifier())
    default: return .secretsManager(StringValue("cache/" + identifier()))
    }
  }

  mutating func user(_ scope: Construct, _ id: String, userID: String? = nil) -> any UserProtocol {
    let engine = pick(Self.userEngines)
    let userId = StringValue(userID ?? identifier())
    let userName: StringValue? = chance(0.5) ? nil : StringValue(chance(0.2) ? "default" : identifier())
    let access = AccessControl.fromAccessString(pick(Self.accessStrings))
    switch number(0...2) {
    case 0:
      return IAMUser(scope, id, engine: engine, userId: userId, userName: userName, accessControl: access)
    case 1:
      let passwords = (0..<number(0...3)).map { _ in secret() }
      return PasswordUser(
        scope, id, engine: engine, userId: userId, userName: userName, accessControl: access, passwords: passwords)
    default:
      return NoPasswordUser(scope, id, engine: engine, userId: userId, userName: userName, accessControl: access)
    }
  }

  /// Adds one configuration to `app`.
  mutating func configure(_ app: App) {
    let environment = chance(0.5) ? Environment(account: "123456789012", region: "us-east-1") : nil
    let stackName =
      chance(0.9) ? "CacheStack" : pick(["a--b", "Stack-", "X" + text(Self.letters + Self.digits + "-", 0...20)])
    let stack = Stack(app, stackName, env: environment)
    let vpc: any EC2.VPCProtocol =
      chance(0.3)
      ? EC2.VPC(stack, constructID(), maxAZs: 2, natGateways: number(0...1))
      : EC2.VPC.fromVPCAttributes(
        stack, "Vpc", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a", "us-east-1b"],
        privateSubnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"])
    var userGroup: (any UserGroupProtocol)?
    var firstUserID: String?
    if chance(0.6) {
      var users: [any UserProtocol] = []
      for index in 0..<number(0...3) {
        let member = user(stack, chance(0.8) ? "User\(index)" : constructID())
        firstUserID = firstUserID ?? member.userId.literal
        users.append(member)
      }
      let groupID = chance(0.8) ? "Group" : constructID()
      let name: StringValue? = chance(0.5) ? nil : StringValue(identifier())
      userGroup = UserGroup(stack, groupID, userGroupName: name, engine: pick(Self.userEngines), users: users)
    }
    let limits: CacheUsageLimits? =
      chance(0.5)
      ? nil
      : CacheUsageLimits(
        dataStorageMinimumSize: chance(0.5) ? nil : size(), dataStorageMaximumSize: chance(0.5) ? nil : size(),
        requestRateLimitMinimum: chance(0.5) ? nil : number(-1...16_000_000),
        requestRateLimitMaximum: chance(0.5) ? nil : number(0...16_000_000))
    let snapshot = "arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:snap"
    let backup: BackupSettings? =
      chance(0.5)
      ? nil
      : BackupSettings(
        backupTime: chance(0.5) ? nil : .cron(minute: cronField(), hour: cronField(), day: chance(0.1) ? "1" : nil),
        backupRetentionLimit: chance(0.5) ? nil : number(-2...40),
        backupNameBeforeDeletion: chance(0.5) ? nil : StringValue(identifier()),
        backupArnsToRestore: chance(0.8) ? nil : [StringValue(pick([snapshot, "not-an-arn", ""]))])
    _ = ServerlessCache(
      stack, constructID(), vpc: vpc, engine: pick(Self.cacheEngines),
      serverlessCacheName: chance(0.5) ? nil : StringValue(identifier()),
      description: chance(0.5) ? nil : StringValue(description()),
      cacheUsageLimits: limits, backup: backup, kmsKey: chance(0.2) ? KMS.Key(stack, "Key") : nil,
      userGroup: userGroup)
    if chance(0.1), let firstUserID {
      _ = user(Stack(app, "Other", env: environment), "User", userID: firstUserID)
    }
  }
}

/// The files of `outdir` that cfn-lint reports errors in, and how many errors of each rule.
func lint(_ outdir: String, with cfnLint: String) throws -> (files: Set<String>, rules: [String: Int]) {
  let files = try FileManager.default.contentsOfDirectory(atPath: outdir).filter { $0.hasSuffix(".json") }.sorted()
  var failing = Set<String>()
  var rules: [String: Int] = [:]
  for start in stride(from: 0, to: files.count, by: 100) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: cfnLint)
    process.arguments =
      ["--format", "parseable"] + files[start..<min(start + 100, files.count)].map { "\(outdir)/\($0)" }
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
      // file:line:column:line:column:rule:message
      let fields = line.split(separator: ":", maxSplits: 6, omittingEmptySubsequences: false)
      guard fields.count == 7, fields[5].hasPrefix("E") else { continue }
      failing.insert(String(fields[0]))
      rules[String(fields[5]), default: 0] += 1
    }
  }
  return (failing, rules)
}

let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[1]), let seed = UInt64(arguments[2]) else {
  print("usage: template-acceptance COUNT SEED OUTDIR CFN_LINT")
  exit(2)
}
let (outdir, cfnLint) = (arguments[3], arguments[4])
try? FileManager.default.removeItem(atPath: outdir)
try FileManager.default.createDirectory(atPath: outdir, withIntermediateDirectories: true)
var draw = Draw(random: SplitMix64(state: seed))
var accepted = 0
var withoutPath = 0
var codes: [String: Int] = [:]
for index in 0..<count {
  let app = App(outdir: outdir + "/unused", environment: [:])
  draw.configure(app)
  do {
    for stack in try app.synthesize().stacks {
      let file = URL(fileURLWithPath: "\(outdir)/configuration\(index)-\(stack.artifactID).template.json")
      try Data(stack.template.jsonString(indent: 1).utf8).write(to: file)
    }
    accepted += 1
  } catch let error as SynthesisError {
    for diagnostic in error.errors {
      codes[diagnostic.code, default: 0] += 1
      if diagnostic.path.isEmpty { withoutPath += 1 }
    }
  }
}
let (failingFiles, rules) = try lint(outdir, with: cfnLint)
let failingConfigurations = Set(failingFiles.map { $0.split(separator: "/").last?.split(separator: "-").first ?? "" })
print("configurations: \(count)")
print("accepted: \(accepted)")
print("accepted but rejected by cfn-lint: \(failingConfigurations.count)")
print("errors without a construct path: \(withoutPath)")
print("cfn-lint errors by rule: \(rules.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })")
print("synthesis errors by code: \(codes.sorted { $0.value > $1.value }.map { "\($0.key): \($0.value)" })")
