import CloudFormationModel
import Constructs
import Testing

@Suite("Raw resources")
struct CfnResourceTests {
  private static func entry(_ build: (Stack) -> Void) throws -> TemplateValue? {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    build(stack)
    return try app.synthesize().stack("Stack")?.template["Resources"]?["R"]
  }

  @Test("Each removal policy sets the deletion and update-replace policies as the AWS CDK does")
  func removalPolicies() throws {
    let expected: [(RemovalPolicy, String, String)] = [
      (.destroy, "Delete", "Delete"), (.retain, "Retain", "Retain"), (.snapshot, "Snapshot", "Snapshot"),
      (.retainOnUpdateOrDelete, "RetainExceptOnCreate", "Retain"),
    ]
    for (policy, deletion, updateReplace) in expected {
      let rendered = try Self.entry { stack in
        CfnResource(stack, "R", type: "AWS::EC2::Volume").applyRemovalPolicy(policy)
      }
      #expect(rendered?["DeletionPolicy"] == .string(deletion))
      #expect(rendered?["UpdateReplacePolicy"] == .string(updateReplace))
    }
  }

  @Test("Overrides index into arrays, and deleting the last member of an object removes the object")
  func overrides() throws {
    let rendered = try Self.entry { stack in
      let resource = CfnResource(
        stack, "R", type: "AWS::SQS::Queue",
        properties: ["List": [["Key": "a"], ["Key": "b"]], "Nested": ["Only": 1], "Intrinsic": ["Ref": "X"]])
      resource.addPropertyOverride("List.1.Key", "B")
      resource.addPropertyOverride("List.3", "padded")
      resource.addPropertyDeletionOverride("Nested.Only")
      resource.addPropertyOverride("Intrinsic", ["Extra": true])
      resource.addOverride("Properties.Dotted\\.Key", "kept")
      resource.addOverride("Trailing\\", "backslash")
    }
    #expect(
      rendered == [
        "Type": "AWS::SQS::Queue",
        "Properties": [
          "List": [["Key": "a"], ["Key": "B"], nil, "padded"], "Intrinsic": ["Extra": true], "Dotted.Key": "kept",
        ],
        "Trailing\\": "backslash",
      ])
  }

  @Test("Resource attributes render in the AWS CDK's order, with DependsOn sorted by path")
  func attributes() throws {
    let rendered = try Self.entry { stack in
      let resource = CfnResource(stack, "R", type: "AWS::SNS::Topic")
      resource.addDependency(CfnResource(stack, "Zeta", type: "AWS::SNS::Topic"))
      resource.addDependency(CfnResource(stack, "alpha", type: "AWS::SNS::Topic"))
      resource.addDependency(resource)
      resource.creationPolicy = ["ResourceSignal": ["Count": 1]]
      resource.updatePolicy = ["AutoScalingReplacingUpdate": ["WillReplace": true]]
      resource.applyRemovalPolicy(.retain)
      resource.addMetadata("Note", "x")
      resource.condition = CfnCondition(stack, "Always", expression: Fn.conditionEquals("a", "a"))
    }
    #expect(
      rendered?.objectValue?.keys == [
        "Type", "DependsOn", "CreationPolicy", "UpdatePolicy", "UpdateReplacePolicy", "DeletionPolicy", "Metadata",
        "Condition",
      ])
    #expect(rendered?["DependsOn"] == ["alpha", "Zeta"])
  }

  @Test("A CloudFormation element outside every stack is an error in the AWS CDK's words")
  func outsideStack() {
    let app = App(outdir: "unused")
    _ = CfnResource(Construct(app, "Loose"), "Topic", type: "AWS::SNS::Topic")
    #expect(
      synthesisErrors(app) == [
        error(
          "Loose/Topic", "ElementOutsideStack",
          "CfnResource at 'Loose/Topic' should be created in the scope of a Stack, but no Stack found")
      ])
  }
}
