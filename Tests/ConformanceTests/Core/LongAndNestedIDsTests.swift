import ElastiCacheCDK
import Testing

@Suite("Core conformance: logical ids from long and nested paths")
struct LongAndNestedIDsTests {
  @Test("Deep, long, duplicated and unusual construct paths give the AWS CDK's logical ids")
  func longAndNestedIDs() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "LongIds")
    @discardableResult
    func topic(_ scope: Construct, _ id: String) -> CfnResource {
      CfnResource(scope, id, type: "AWS::SNS::Topic")
    }
    var level: Construct = stack
    for index in 1...5 { level = Construct(level, "Level\(index)") }
    topic(level, "Resource")
    topic(level, "Leaf")
    topic(Construct(stack, "Wrapper"), "Default")
    topic(Construct(Construct(stack, "Outer"), "Default"), "Resource")
    topic(Construct(Construct(stack, "Parent"), "Default"), "Child")
    topic(stack, "My-Topic.v2_final")
    topic(Construct(stack, "Group#1"), "Topic (primary)")
    topic(Construct(stack, "Alerts"), "Alerts")
    topic(Construct(Construct(stack, "Cache"), "CacheAlerts"), "Alerts")
    topic(Construct(stack, "Queue"), "DeadLetterQueue")
    topic(stack, String(repeating: "A", count: 255))
    topic(stack, String(repeating: "B", count: 256))
    topic(Construct(stack, String(repeating: "C", count: 200)), String(repeating: "D", count: 60))
    topic(Construct(stack, String(repeating: "E", count: 120)), String(repeating: "F", count: 119))
    topic(Construct(stack, "Moved"), "Topic").overrideLogicalID("LegacyTopicName")

    try Goldens.expectMatch(app, "Core/long-and-nested-ids")
  }
}
