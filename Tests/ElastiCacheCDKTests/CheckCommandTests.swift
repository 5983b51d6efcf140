import ElastiCacheCDK
import Foundation
import Testing

@Suite("check command")
struct CheckCommandTests {
  private func run(_ app: App, _ arguments: String...) -> (status: Int32, output: String, messages: String) {
    var output: [String] = []
    var messages: [String] = []
    let status = app.runCommand(
      ["check"] + arguments, console: Console(output: { output.append($0) }, messages: { messages.append($0) }))
    return (status, output.joined(separator: "\n"), messages.joined(separator: "\n"))
  }

  /// A Redis OSS serverless cache whose user group holds an open default user.
  private func app(suppress: Bool = false) -> App {
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "Caches")
    let vpc = EC2.VPC(stack, "Vpc")
    let open = NoPasswordUser(
      stack, "OpenDefault", engine: .redis, userId: "open-default", userName: "default",
      accessControl: .fromAccessString("on ~* +@all"))
    let group = UserGroup(stack, "Users", engine: .redis, users: [open])
    _ = ServerlessCache(stack, "Cache", vpc: vpc, engine: .redisLatest, userGroup: group)
    if suppress {
      for rule in ["EC9", "EC10"] { Rules.suppress(open, rule, reason: "A test cache that no client reaches.") }
    }
    return app
  }

  @Test("reports the findings by resource with their construct paths, and exits 1 on errors")
  func findings() {
    let (status, output, _) = run(app())
    #expect(status == 1)
    #expect(output.hasPrefix("Caches.template.json\n"))
    #expect(output.contains("(AWS::ElastiCache::User) at Caches/OpenDefault/Resource"))
    #expect(output.contains("error EC9: User 'open-default' is named default, is on and needs no password"))
    #expect(output.contains("error EC10: User 'open-default' may run every command on every key ('on ~* +@all')."))
  }

  @Test("honours Rules.suppress and exits 0 when only warnings and information remain")
  func suppressed() {
    let (status, output, _) = run(app(suppress: true), "--format", "json")
    #expect(status == 0)
    #expect(!output.contains("\"EC9\""))
    #expect(output.contains("\"rule\": \"EC11\""))
    #expect(output.contains("\"path\": \"Caches/Cache/Resource\""))
  }

  @Test("stops at validation errors, as validate does")
  func validationErrors() {
    let app = app()
    let stack = Stack(app, "Broken")
    Rules.suppress(stack, "EC4", reason: "")
    let (status, output, _) = run(app)
    #expect(status == 1)
    #expect(output.contains("[Broken] error SuppressionWithoutReason: The suppression of EC4 gives no reason."))
  }

  @Test("reads a rules file, and exits 2 when it cannot")
  func rulesFile() throws {
    let rules = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString).yaml")
    try "rules: { EC9: off, EC10: warning }\n".write(to: rules, atomically: true, encoding: .utf8)
    #expect(run(app(), "--rules", rules.path).status == 0)
    let missing = run(app(), "--rules", rules.path + ".missing")
    #expect(missing.status == 2)
    #expect(missing.messages.contains("the rules file cannot be used"))
  }
}
