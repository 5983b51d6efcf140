import CloudFormationModel
import Constructs
import ElastiCacheTesting
import Testing

@Suite("Preparations")
struct PreparationTests {
  @Test("Preparations run at synthesis, in tree order and in the order added, once")
  func treeOrder() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let first = Construct(stack, "First")
    let child = Construct(first, "Child")
    let second = Construct(stack, "Second")
    var ran: [String] = []
    second.node.addPreparation { ran.append("Second") }
    child.node.addPreparation { ran.append("Child") }
    first.node.addPreparation { ran.append("First 1") }
    stack.node.addPreparation { ran.append("Stack") }
    first.node.addPreparation { ran.append("First 2") }
    #expect(ran.isEmpty)

    _ = try app.synthesize()
    #expect(ran == ["Stack", "First 1", "First 2", "Child", "Second"])
    _ = try app.synthesize()
    #expect(ran.count == 5)
  }

  @Test("Constructs that preparations create are prepared, and so are preparations added while preparing")
  func createdConstructs() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let late = Construct(stack, "Late")
    var ran: [String] = []
    late.node.addPreparation {
      ran.append("Late")
      let created = Construct(stack, "Created")
      created.node.addPreparation {
        ran.append("Created")
        stack.node.addPreparation { ran.append("Stack, added by Created") }
        created.node.addPreparation { ran.append("Created, added by itself") }
      }
    }

    _ = try app.synthesize()
    #expect(ran == ["Late", "Created", "Created, added by itself", "Stack, added by Created"])
  }

  @Test("Preparations see the tags; the resources they create are tagged, and can depend and refer across stacks")
  func beforeDependenciesAndReferences() throws {
    let app = App(outdir: "unused")
    let producer = Stack(app, "Producer")
    let deadLetters = CfnResource(producer, "DeadLetters", type: "AWS::SQS::Queue")
    let consumer = Stack(app, "Consumer")
    let queueTags = TagManager(format: .standard, resourceType: "AWS::SQS::Queue")
    let queue = CfnResource(consumer, "Queue", type: "AWS::SQS::Queue", tags: queueTags)
    Tags.of(app).add("team", "cache")
    var tagsSeen: [String: String] = [:]
    consumer.node.addPreparation {
      tagsSeen = queueTags.tagValues
      let created = CfnResource(
        consumer, "Retries", type: "AWS::SQS::Queue",
        properties: [
          "RedrivePolicy": ["deadLetterTargetArn": .string(deadLetters.getAtt("Arn")), "maxReceiveCount": 3]
        ],
        tags: TagManager(format: .standard, resourceType: "AWS::SQS::Queue"))
      created.node.addDependency(queue)
    }

    let template = try Template(consumer)
    #expect(tagsSeen == ["team": "cache"])
    try template.hasResource(
      "AWS::SQS::Queue",
      [
        "DependsOn": ["Queue"],
        "Properties": [
          "RedrivePolicy": [
            "deadLetterTargetArn": ["Fn::ImportValue": "Producer:ExportsOutputFnGetAttDeadLettersArn1A0FAE0E"],
            "maxReceiveCount": 3,
          ],
          "Tags": [["Key": "team", "Value": "cache"]],
        ],
      ])
    #expect(consumer.dependencies.map(\.stackName) == ["Producer"])
  }
}
