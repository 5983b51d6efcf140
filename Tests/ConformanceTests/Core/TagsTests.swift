import ElastiCacheCDK
import Testing

@Suite("Core conformance: tags")
struct TagsTests {
  @Test("Tags reach taggable resources in their format, by priority, filters and removals, as on L1 resources")
  func tags() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Tagged", tags: ["cost-center": "1234", "owner": "platform"])
    Tags.of(stack).add("team", "platform")
    Tags.of(stack).add("environment", "production", priority: 50)
    Tags.of(stack).add("only-topics", "yes", includeResourceTypes: ["AWS::SNS::Topic"])
    Tags.of(stack).add("not-parameters", "yes", excludeResourceTypes: ["AWS::SSM::Parameter"])

    let alerts = Construct(stack, "Alerts")
    Tags.of(alerts).add("team", "alerts")
    Tags.of(alerts).add("environment", "staging", priority: 10)
    _ = CfnResource(
      alerts,
      "Topic",
      type: "AWS::SNS::Topic",
      properties: ["DisplayName": "Alerts"],
      tags: TagManager(
        format: .standard,
        resourceType: "AWS::SNS::Topic",
        initialTags: ["secret": "remove-me", "initial": "from-props", "team": "initial-loses"]
      )
    )
    _ = CfnResource(
      alerts,
      "Untagged",
      type: "AWS::SNS::Topic",
      tags: TagManager(format: .standard, resourceType: "AWS::SNS::Topic", initialTags: ["Name": "untagged"])
    )
    Tags.of(alerts).remove("secret")
    Tags.of(alerts).remove("Name", includeResourceTypes: ["AWS::SSM::Parameter"])

    let settings = Construct(stack, "Settings")
    _ = CfnResource(
      settings,
      "Parameter",
      type: "AWS::SSM::Parameter",
      properties: ["Type": "String", "Value": "v"],
      tags: TagManager(
        format: .map,
        resourceType: "AWS::SSM::Parameter",
        initialTags: [
          "initial": "from-props", "b-key": "b", "A-key": "a", "_under": "u", "10": "ten", "9": "nine",
        ]
      )
    )
    _ = CfnResource(
      settings,
      "Plain",
      type: "AWS::SSM::Parameter",
      properties: ["Type": "String", "Value": "plain"],
      tags: TagManager(format: .map, resourceType: "AWS::SSM::Parameter")
    )
    Tags.of(settings).add("team", "settings", priority: 300)
    Tags.of(settings).add("Zeta", "z")
    Tags.of(settings).add("alpha", "a")
    Tags.of(settings).remove("owner", priority: 300)
    Tags.of(settings).add("owner", "low-priority-loses", priority: 250)

    _ = CfnResource(stack, "NotTaggable", type: "AWS::SQS::Queue")

    try Goldens.expectMatch(app, "Core/tags")
  }
}
