import CloudFormationModel
import Constructs
import Testing

@Suite("Tags")
struct TagsTests {
  @Test("A higher priority wins; equal priorities let the later one win; removals hold their priority")
  func priorities() {
    let tags = TagManager(format: .standard, resourceType: "AWS::SNS::Topic", initialTags: ["initial": "50"])
    tags.setTag("initial", "lower", priority: 10)
    tags.setTag("key", "first", priority: 100)
    tags.setTag("key", "second", priority: 100)
    tags.removeTag("gone", priority: 300)
    tags.removeTag("gone", priority: 200)
    tags.setTag("gone", "back", priority: 250)
    tags.setTag("aws:reserved", "kept as the AWS CDK keeps it")
    #expect(tags.tagValues == ["initial": "50", "key": "second", "aws:reserved": "kept as the AWS CDK keeps it"])
  }

  @Test("Tags render in the resource type's format, sorted as the AWS CDK sorts them")
  func formats() {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let initial = ["b": "2", "A": "1", "Name": "n"]
    let standard = TagManager(format: .standard, resourceType: "T", initialTags: initial)
    #expect(
      standard.render().flatMap(stack.resolve) == [
        ["Key": "A", "Value": "1"], ["Key": "b", "Value": "2"], ["Key": "Name", "Value": "n"],
      ])
    let map = TagManager(format: .map, resourceType: "T", initialTags: initial)
    #expect(map.render().flatMap(stack.resolve)?.objectValue?.keys == ["A", "b", "Name"])
    let group = TagManager(format: .autoScalingGroup, resourceType: "T")
    group.setTag("k", "v", applyToLaunchedInstances: false)
    #expect(group.render().flatMap(stack.resolve) == [["Key": "k", "Value": "v", "PropagateAtLaunch": false]])
    #expect(TagManager(format: .map, resourceType: "T").render() == nil)
  }

  @Test("Tags.of applies to taggable resources below the scope, filtered by resource type, and to stacks")
  func aspect() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack", tags: ["owner": "platform"])
    let topic = CfnResource(
      stack, "Topic", type: "AWS::SNS::Topic", tags: TagManager(format: .standard, resourceType: "AWS::SNS::Topic"))
    let queue = CfnResource(
      stack, "Queue", type: "AWS::SQS::Queue", tags: TagManager(format: .standard, resourceType: "AWS::SQS::Queue"))
    Tags.of(app).add("team", "cache")
    Tags.of(stack).add("only", "topics", includeResourceTypes: ["AWS::SNS::Topic"])
    Tags.of(stack).add("not", "queues", excludeResourceTypes: ["AWS::SQS::Queue", "aws:cdk:stack"])
    Tags.of(queue).remove("team")
    let assembly = try app.synthesize()
    #expect(topic.tags?.tagValues == ["team": "cache", "only": "topics", "not": "queues"])
    #expect(queue.tags?.tagValues == [:])
    #expect(stack.tags.tagValues == ["owner": "platform", "team": "cache"])
    #expect(assembly.manifest["artifacts"]?["Stack"]?["properties"]?["tags"] == ["owner": "platform", "team": "cache"])
  }
}
