import ElastiCacheCDK
import Testing

@Suite("Core conformance: ARNs")
struct ArnsTests {
  @Test("formatArn and splitArn render as the AWS CDK renders them, with and without an environment")
  func arns() throws {
    let app = App(outdir: "unused")
    for stack in [
      Stack(app, "Specific", env: Environment(account: "123456789012", region: "eu-west-1")),
      Stack(app, "Agnostic"),
      Stack(app, "RegionOnly", env: Environment(region: "us-west-2")),
    ] {
      let name = CfnParameter(stack, "RoleName", default: "app-role")
      let arn = CfnParameter(stack, "QueueArn", default: "arn:aws:sqs:us-east-1:123456789012:queue/q")
      _ = CfnResource(
        stack,
        "Policy",
        type: "AWS::IAM::ManagedPolicy",
        properties: ["PolicyDocument": Self.policyDocument(Self.formatArns(stack, name))]
      )
      try Self.splitArns(stack, arn)
      _ = CfnOutput(
        stack, "Environment", value: "\(stack.account)/\(stack.region)/\(stack.partition)/\(stack.urlSuffix)")
    }

    try Goldens.expectMatch(app, "Core/arns")
  }

  private static func policyDocument(_ arns: [StringValue]) -> CfnValue {
    [
      "Version": "2012-10-17",
      "Statement": [
        [
          "Effect": "Allow", "Action": ["elasticache:DescribeServerlessCaches"],
          "Resource": .array(arns.map(CfnValue.init)),
        ]
      ],
    ]
  }

  private static func formatArns(_ stack: Stack, _ name: CfnParameter) -> [StringValue] {
    [
      stack.formatArn(
        ArnComponents(
          service: "elasticache", resource: "serverlesscache", resourceName: "my-cache", arnFormat: .colonResourceName)
      ),
      stack.formatArn(
        ArnComponents(service: "ecs", resource: "cluster", resourceName: "my-cluster", arnFormat: .slashResourceName)),
      stack.formatArn(
        ArnComponents(
          service: "apigateway", account: "", resource: "restapis", resourceName: "abc123",
          arnFormat: .slashResourceSlashResourceName)),
      stack.formatArn(ArnComponents(service: "sns", resource: "alerts", arnFormat: .noResourceName)),
      stack.formatArn(ArnComponents(service: "s3", region: "", account: "", resource: "my-bucket", resourceName: "*")),
      stack.formatArn(ArnComponents(service: "iam", region: "", resource: "role", resourceName: name.valueAsString)),
      stack.formatArn(
        ArnComponents(
          partition: "aws-cn", service: "dynamodb", region: "cn-north-1", account: "111111111111", resource: "table",
          resourceName: "Orders")),
      stack.formatArn(
        ArnComponents(
          service: "logs", resource: "log-group", resourceName: "/app/\(Aws.stackName):*",
          arnFormat: .colonResourceName)),
    ]
  }

  private static func splitArns(_ stack: Stack, _ arn: CfnParameter) throws {
    let literal = try stack.splitArn(
      "arn:aws:elasticache:us-east-1:123456789012:serverlesscache:my-cache", format: .colonResourceName)
    let nested = try stack.splitArn(
      "arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod", format: .slashResourceSlashResourceName)
    let colonAndSlash = try stack.splitArn(
      "arn:aws:logs:us-east-1:123456789012:log-group:/app/x:*", format: .colonResourceName)
    let token = try stack.splitArn(arn.valueAsString, format: .slashResourceName)
    let tokenColon = try stack.splitArn(arn.valueAsString, format: .colonResourceName)
    let tokenNested = try stack.splitArn(arn.valueAsString, format: .slashResourceSlashResourceName)
    let tokenPlain = try stack.splitArn(arn.valueAsString, format: .noResourceName)
    _ = CfnResource(
      stack,
      "Parsed",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Name": "/arns/\(literal.resource)/\(literal.resourceName ?? "")",
        "Value": "\(literal.partition ?? "")|\(literal.service)|\(literal.region ?? "")|\(literal.account ?? "")",
        "Description": "\(nested.resource)|\(nested.resourceName ?? "")|\(colonAndSlash.resourceName ?? "")",
      ]
    )
    _ = CfnResource(
      stack,
      "ParsedToken",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Name": CfnValue(token.resourceName ?? ""),
        "Value":
          "\(token.partition ?? "")|\(token.service)|\(token.region ?? "")|\(token.account ?? "")|\(token.resource)",
        "Description":
          "\(tokenColon.resource):\(tokenColon.resourceName ?? "")|\(tokenNested.resource)|\(tokenNested.resourceName ?? "")|\(tokenPlain.resource)",
      ]
    )
    let again = try stack.splitArn(
      stack.formatArn(ArnComponents(service: "sqs", resource: "queue-name", arnFormat: .noResourceName)),
      format: .noResourceName)
    _ = CfnOutput(
      stack, "SplitAgain", value: "\(again.region ?? "")/\(again.account ?? "")/\(again.resource)")
  }
}
