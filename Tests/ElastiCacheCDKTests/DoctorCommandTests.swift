import ElastiCacheCDK
import Testing

@Suite("doctor command")
struct DoctorCommandTests {
  private func run(_ app: App) -> (status: Int32, output: String) {
    var output: [String] = []
    let status = app.runCommand(
      ["doctor"], console: Console(output: { output.append($0) }, messages: { output.append($0) }))
    return (status, output.joined(separator: "\n"))
  }

  private func platform(bindHealthCheck: Bool) -> App {
    let app = App(outdir: "unused", environment: [:])
    let platform = Stack(app, "Platform")
    let vpc = EC2.VPC(platform, "Vpc")
    let shared = SharedCache(platform, "Shared", platformName: "payments", vpc: vpc, alarms: .none)
    let service = Stack(app, "Orders")
    let access = ServiceCacheAccess(service, "CacheAccess", serviceName: "orders", cache: shared)
    let function = Lambda.Function(
      service, "Handler", runtime: .python3_12, handler: "index.handler", code: .fromInline("def handler(e, c): pass"),
      vpc: vpc)
    access.bind(to: function, healthCheck: bindHealthCheck)
    return app
  }

  @Test("prints the checklist and exits 0 when every step is done")
  func complete() {
    let (status, output) = run(platform(bindHealthCheck: true))
    #expect(status == 0)
    #expect(output.contains("orders (Orders/CacheAccess): 6 of 6 steps done"))
  }

  @Test("exits 1 and names what is missing")
  func missing() {
    let (status, output) = run(platform(bindHealthCheck: false))
    #expect(status == 1)
    #expect(
      output.contains("[ ] 5. Add a cache ping to the service's health path — Orders/Handler has no REDIS_HEALTH_CHECK")
    )
  }
}
