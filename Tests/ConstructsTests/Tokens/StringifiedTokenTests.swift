import CloudFormationModel
import Constructs
import Testing

/// A deploy-time value turned into a plain `String` is reported wherever its text would land, not only in
/// resource properties.
@Suite("Stringified tokens")
struct StringifiedTokenTests {
  /// The text a token becomes when it is turned into a `String`.
  private let region = "\(Aws.region)".description
  private let keep =
    "holds a token that was converted to a plain String. Keep deploy-time values as StringValue: interpolate them "
    + "into a StringValue (not a String) or pass them directly."

  @Test("In the stack's description, an output's and a parameter's description, and metadata")
  func descriptionsAndMetadata() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack", description: "Cache in \(region)")
    _ = CfnOutput(stack, "Output", value: "x", description: "Endpoint in \(region)")
    _ = CfnParameter(stack, "Parameter", description: "Size for \(region)")
    let topic = CfnResource(stack, "Topic", type: "AWS::SNS::Topic")
    topic.addMetadata("Owner", .string(StringValue("team-\(region)")))
    topic.node.addMetadata("custom", .string("from \(region)"))
    #expect(
      synthesisErrors(app).map { "[\($0.path)] \($0.code) \($0.message)" } == [
        "[Stack/Topic] StringifiedToken The text 'from ${Token[AWS::Region]}' in the metadata entry 'custom' \(keep)",
        "[Stack/Output] StringifiedToken The text 'Endpoint in ${Token[AWS::Region]}' \(keep)",
        "[Stack/Parameter] StringifiedToken The text 'Size for ${Token[AWS::Region]}' \(keep)",
        "[Stack/Topic] StringifiedToken The text 'team-${Token[AWS::Region]}' \(keep)",
        "[Stack] StringifiedToken The text 'Cache in ${Token[AWS::Region]}' in the stack's description \(keep)",
      ])
  }

  @Test("In tag keys and values, of resources and of stacks")
  func tags() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack", tags: ["zone": region])
    _ = CfnResource(
      stack, "Queue", type: "AWS::SQS::Queue", tags: TagManager(format: .standard, resourceType: "AWS::SQS::Queue"))
    Tags.of(stack).add("owner-\(region)", "platform")
    let found = synthesisErrors(app).map { "[\($0.path)] \($0.message)" }
    #expect(found.contains("[Stack/Queue] The text 'owner-${Token[AWS::Region]}' \(keep)"))
    #expect(found.contains("[Stack] The text '${Token[AWS::Region]}' in the stack's tags \(keep)"))
    #expect(found.contains("[Stack] The text 'owner-${Token[AWS::Region]}' in the stack's tags \(keep)"))
    #expect(found.count == 3)
  }

  @Test("In construct ids, reported once on the construct")
  func constructIDs() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = CfnResource(Construct(stack, "Cache-\(region)"), "Resource", type: "AWS::SNS::Topic")
    #expect(
      synthesisErrors(app).map { "[\($0.path)] \($0.message)" } == [
        "[Stack/Cache-${Token[AWS::Region]}] The text 'Cache-${Token[AWS::Region]}' in the construct id \(keep)"
      ])
  }
}
