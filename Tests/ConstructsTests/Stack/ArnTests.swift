import CloudFormationModel
import Constructs
import Testing

@Suite("ARNs")
struct ArnTests {
  @Test(
    "ARNs that cannot be split are reported with the AWS CDK's messages",
    arguments: [
      ("not-an-arn", #"ARNs must start with "arn:" and have at least 6 components: not-an-arn"#),
      ("arn::s3:::bucket", "The `partition` component (2nd component) of an ARN is required: arn::s3:::bucket"),
      ("arn:aws::::bucket", "The `service` component (3rd component) of an ARN is required: arn:aws::::bucket"),
      ("arn:aws:s3:::", "The `resource` component (6th component) of an ARN is required: arn:aws:s3:::"),
      ("arn:aws:s3", "The `resource` component (6th component) of an ARN is required: arn:aws:s3"),
    ]
  )
  func parsingErrors(arn: String, message: String) {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let error = #expect(throws: ArnParsingError.self) {
      try stack.splitArn(StringValue(arn), format: .slashResourceName)
    }
    #expect(error?.message == message)
  }

  @Test("A literal ARN splits into its components and the layout it has")
  func literalSplit() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let colon = try stack.splitArn(
      "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:my-cache", format: .colonResourceName)
    #expect(
      colon
        == ArnComponents(
          partition: "aws", service: "elasticache", region: "us-east-1", account: "123456789012",
          resource: "serverlesscache", resourceName: "my-cache", arnFormat: .colonResourceName, separator: ":"))
    let slash = try stack.splitArn("arn:aws:s3:::bucket/key/deeper", format: .slashResourceName)
    #expect(slash.resource == "bucket")
    #expect(slash.resourceName == "key/deeper")
    #expect(slash.region == "")
    #expect(slash.arnFormat == .slashResourceName)
    let none = try stack.splitArn("arn:aws:sns:us-east-1:123456789012:topic", format: .noResourceName)
    #expect(none.resourceName == nil)
    #expect(none.separator == nil)
  }

  @Test("A token ARN splits at deployment with Fn::Select and Fn::Split")
  func tokenSplit() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let parameter = CfnParameter(stack, "Arn")
    let parts = try stack.splitArn(parameter.valueAsString, format: .colonResourceName)
    let split: TemplateValue = ["Fn::Split": [":", ["Ref": "Arn"]]]
    #expect(stack.resolve(parts.service) == ["Fn::Select": [2, split]])
    #expect(stack.resolve(parts.resourceName ?? "") == ["Fn::Select": [6, split]])
    #expect(parts.separator == ":")
  }

  @Test("formatArn fills in the stack's partition, region and account")
  func format() {
    let stack = Stack(App(outdir: "unused"), "Stack", env: Environment(account: "123456789012", region: "eu-west-1"))
    let arn = stack.formatArn(ArnComponents(service: "sqs", resource: "queue"))
    #expect(
      stack.resolve(arn) == [
        "Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":sqs:eu-west-1:123456789012:queue"]]
      ])
  }

  @Test("A separator other than '/', ':' or '' is an error on the stack")
  func invalidSeparator() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = stack.formatArn(ArnComponents(service: "s3", resource: "bucket", resourceName: "key", separator: "|"))
    #expect(
      synthesisErrors(app) == [
        error("Stack", "InvalidArnSeparator", #"resourcePathSep may only be ":", "/" or an empty string"#)
      ])
  }
}
