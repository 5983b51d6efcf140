import Constructs
import Foundation
import Testing

@Suite("Validation")
struct ValidationTests {
  @Test("Synthesis reports every error in the app at once, with paths and codes, and writes nothing")
  func everyErrorAtOnce() throws {
    let outdir = temporaryDirectoryPath()
    let app = App(outdir: outdir)
    let stack = Stack(app, "Stack", stackName: "bad name")
    _ = Construct(stack, "")
    _ = Construct(stack, "Twin")
    _ = Construct(stack, "Twin")
    let topic = CfnResource(stack, "Topic", type: "AWS::SNS::Topic")
    topic.node.addValidation { report in
      report.error("TopicNeedsName", "Give the topic a name.")
      report.warning("TopicIsPublic", "The topic is public.")
    }
    topic.node.addWarning("Recorded", "A recorded warning.")
    let thrown = #expect(throws: SynthesisError.self) { try app.synth() }
    let synthesisError = try #require(thrown)
    #expect(
      synthesisError.errors == [
        error(
          "Stack", "StackNameInvalidFormat",
          "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got 'bad name'"),
        error("Stack", "InvalidConstructID", "Only root constructs may have an empty ID"),
        error("Stack", "DuplicateConstructID", "There is already a Construct with name 'Twin' in Stack [Stack]"),
        error("Stack/Topic", "TopicNeedsName", "Give the topic a name."),
      ])
    #expect(synthesisError.diagnostics.filter { $0.severity == .warning }.map(\.code) == ["Recorded", "TopicIsPublic"])
    #expect(synthesisError.contains(message: "Give the topic a name.", path: "Stack/Topic"))
    #expect(!synthesisError.contains(message: "Give the topic a name.", path: "Stack"))
    #expect(
      synthesisError.description.hasPrefix(
        "Validation failed with 4 errors:\n  [Stack] error StackNameInvalidFormat: Stack name must match"))
    #expect(!FileManager.default.fileExists(atPath: outdir))
  }

  @Test("Warnings do not stop synthesis; they are reported and kept in the stack's metadata")
  func warnings() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    CfnResource(stack, "Topic", type: "AWS::SNS::Topic").node.addWarning("Careful", "Mind the topic.")
    let assembly = try app.synthesize()
    #expect(
      assembly.warnings == [
        Diagnostic(severity: .warning, path: "Stack/Topic", code: "Careful", message: "Mind the topic.")
      ])
    let metadata = try #require(assembly.files.first { $0.name == "Stack.metadata.json" }?.contents)
    #expect(metadata.contains(#""type": "aws:cdk:warning",\#n      "data": "Mind the topic.""#))
  }

  @Test("An assembly that cannot be written is an error that names the directory")
  func unwritableDirectory() throws {
    let file = temporaryDirectoryPath()
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data("not a directory".utf8).write(to: URL(fileURLWithPath: file))
    let app = App(outdir: file + "/cdk.out")
    _ = Stack(app, "Stack")
    let thrown = #expect(throws: SynthesisError.self) { try app.synth() }
    #expect(thrown?.errors.map(\.code) == ["AssemblyWriteFailed"])
    #expect(thrown?.errors.first?.message.hasPrefix("Could not write the cloud assembly to '\(file)/cdk.out'") == true)
  }

  @Test("References between stacks in different environments are errors in the AWS CDK's words")
  func crossEnvironmentReferences() {
    let app = App(outdir: "unused")
    let producer = Stack(app, "Producer")
    let topic = CfnResource(producer, "Topic", type: "AWS::SNS::Topic")
    let specific = Stack(app, "Specific", env: Environment(account: "111111111111", region: "eu-west-1"))
    _ = CfnOutput(specific, "Arn", value: topic.ref)
    let otherProducer = Stack(app, "OtherProducer", env: Environment(account: "111111111111", region: "us-east-1"))
    let queue = CfnResource(otherProducer, "Queue", type: "AWS::SQS::Queue")
    _ = CfnOutput(specific, "Queue", value: queue.getAtt("Arn"))
    let otherApp = App(outdir: "unused")
    _ = CfnOutput(Stack(otherApp, "Elsewhere"), "Arn", value: topic.ref)
    #expect(
      synthesisErrors(app) == [
        error(
          "Specific", "CrossRegionReferencesRequireExplicitRegion",
          #"Stack "Specific" cannot reference {Producer/Topic[Ref]} in stack "Producer". Cross stack/region references "#
            + "are only supported for stacks with an explicit region defined. "),
        error(
          "Specific", "CrossEnvironmentReference",
          #"Stack "Specific" cannot consume a cross reference from stack "OtherProducer" (OtherProducer/Queue[Arn]). "#
            + "Cross stack references are only supported for stacks deployed to the same environment; pass the value "
            + "another way, such as an SSM parameter."),
      ])
    #expect(
      synthesisErrors(otherApp) == [
        error(
          "Elsewhere", "CannotReferenceAcrossApps",
          "Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app.")
      ])
  }

  @Test("Stacks whose artifact ids collide are an error")
  func duplicateArtifacts() {
    let app = App(outdir: "unused")
    _ = Stack(app, "a b", stackName: "one")
    _ = Stack(app, "a_b", stackName: "two")
    #expect(
      synthesisErrors(app) == [
        error(
          "a_b", "DuplicateStackArtifact",
          "Stacks 'a b' and 'a_b' have the same artifact id 'a_b'. Give them different ids.")
      ])
  }
}
