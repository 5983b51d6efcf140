import Constructs
import Testing

@Suite("Logical ids")
struct LogicalIDTests {
  /// The logical id of an element at `components` below a stack.
  private static func logicalID(_ components: [String]) -> String {
    let stack = Stack(App(outdir: "unused"), "Stack")
    var scope: Construct = stack
    for component in components.dropLast() { scope = Construct(scope, component) }
    return CfnResource(scope, components[components.count - 1], type: "AWS::SNS::Topic").logicalID
  }

  // Generated once with the AWS CDK's makeUniqueId (aws-cdk-lib 2.275, core/lib/private/uniqueid.js).
  @Test(
    "Logical ids follow the AWS CDK's algorithm",
    arguments: [
      (["Bucket"], "Bucket"),
      (["My-Bucket_1.x"], "MyBucket1x"),
      (["Resource"], "Resource"),
      (["Group", "Resource"], "GroupC77FDACD"),
      (["Group", "Default", "Resource"], "GroupC77FDACD"),
      (["Default", "Topic"], "Topic"),
      (["Bucket", "Bucket"], "BucketDC7D6F65"),
      (["MyBucket", "Bucket"], "MyBucketAD8CE4AC"),
      (["Bucket", "MyBucket"], "BucketMyBucketF07DE4E2"),
      (["Cache", "CacheAlerts", "Alerts"], "CacheCacheAlertsE815FDC3"),
      (["A", "Resource", "B"], "AB1CD9EF1B"),
      (["Résumé", "Ünïcödé"], "Rsumncd2633EB21"),
      ([String(repeating: "x", count: 255)], String(repeating: "x", count: 255)),
      ([String(repeating: "y", count: 256)], String(repeating: "y", count: 240) + "7CD1ED50"),
      (
        [String(repeating: "a", count: 150), String(repeating: "b", count: 150)],
        String(repeating: "a", count: 150) + String(repeating: "b", count: 90) + "ED07F859"
      ),
      (["L1", "L2", "L3", "L4", "L5", "L6"], "L1L2L3L4L5L692FFDD39"),
      (["With Space", "tab\there"], "WithSpacetabhereAF2EEEA3"),
      (["123", "456"], "123456206D81C8"),
    ]
  )
  func vectors(components: [String], expected: String) {
    #expect(Self.logicalID(components) == expected)
  }

  @Test("An override replaces the derived logical id")
  func override() {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let topic = CfnResource(Construct(stack, "Group"), "Topic", type: "AWS::SNS::Topic")
    topic.overrideLogicalID("Legacy")
    #expect(topic.logicalID == "Legacy")
  }

  @Test("An element whose path below its stack is only Default has no logical id: an error, unless overridden")
  func onlyDefault() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = CfnResource(stack, "Default", type: "AWS::SNS::Topic")
    let overridden = CfnResource(Stack(app, "Other"), "Default", type: "AWS::SNS::Topic")
    overridden.overrideLogicalID("Named")
    #expect(
      synthesisErrors(app) == [
        error("Stack/Default", "EmptyLogicalID", "Unable to calculate a unique id for an empty set of components")
      ])
  }

  @Test("Two elements with the same logical id in one template section are an error naming both")
  func duplicateLogicalID() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = CfnResource(stack, "Topic", type: "AWS::SNS::Topic")
    let other = CfnResource(Construct(stack, "Other"), "Topic", type: "AWS::SNS::Topic")
    other.overrideLogicalID("Topic")
    CfnOutput(stack, "TopicOutput", value: "x").overrideLogicalID("Topic")
    #expect(
      synthesisErrors(app) == [
        error(
          "Stack/Other/Topic", "DuplicateLogicalID",
          "section 'Resources' already contains 'Topic': Stack/Other/Topic has the logical id of Stack/Topic. "
            + "Rename one of the constructs or call overrideLogicalID with a unique id.")
      ])
  }
}
