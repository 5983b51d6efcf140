import ElastiCacheCDK
import Testing

@Suite("Migration checklist")
struct MigrationChecklistTests {
  @Test("Every step is done for services bound with bind(to:)")
  func complete() throws {
    var fixture = PlatformFixture()
    fixture.addService("enrollment-api")
    fixture.addService("billing-api")
    let reports = MigrationChecklist.evaluate(fixture.app, assembly: try fixture.app.synthesize())
    #expect(reports.map(\.serviceName) == ["enrollment-api", "billing-api"])
    let isComplete = reports.allSatisfy { $0.isComplete }
    #expect(isComplete, "\(MigrationChecklist.render(reports))")
    #expect(reports.first?.steps.map(\.number) == [1, 2, 3, 4, 5, 6])
  }

  @Test("A service with no bound function has only its user and secret")
  func notBound() throws {
    var fixture = PlatformFixture()
    fixture.addService("enrollment-api", bind: false)
    let report = try #require(MigrationChecklist.evaluate(fixture.app, assembly: try fixture.app.synthesize()).first)
    #expect(report.steps.map(\.isDone) == [true, false, false, false, false, false])
    #expect(report.steps[1].detail.contains("call bind(to:)"))
  }

  @Test("A broader grant, a missing health check and old variables are reported with the function's path")
  func missingSteps() throws {
    var fixture = PlatformFixture()
    let access = fixture.addService("enrollment-api", bind: false)
    let function = fixture.services[0].function
    access.bind(to: function, healthCheck: false)
    function.addEnvironment("REDIS_URL", "rediss://legacy.example.com:6379")
    function.addToRolePolicy(IAM.PolicyStatement(actions: ["secretsmanager:GetSecretValue"], resources: ["*"]))
    let report = try #require(MigrationChecklist.evaluate(fixture.app, assembly: try fixture.app.synthesize()).first)
    #expect(report.steps.map(\.isDone) == [true, true, false, true, false, false])
    #expect(report.steps[2].detail.contains("may read other secrets too: \"*\""))
    #expect(report.steps[4].detail.contains("EnrollmentApiService/Handler has no REDIS_HEALTH_CHECK"))
    #expect(report.steps[5].detail.contains("still sets REDIS_URL"))
    let text = MigrationChecklist.render([report])
    #expect(text.hasPrefix("enrollment-api (EnrollmentApiService/CacheAccess): 3 of 6 steps done"))
    #expect(text.contains("  [ ] 3. Grant the function read access to only that secret"))
  }

  @Test("An app without services says how to start")
  func noServices() {
    #expect(MigrationChecklist.render([]).contains("declare a ServiceCacheAccess"))
  }
}
