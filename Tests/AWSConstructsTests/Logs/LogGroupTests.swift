import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// CloudWatch Logs log groups, as the AWS CDK's `LogGroup` renders them.
@Suite("Log groups")
struct LogGroupTests {
  @Test("By default: events kept two years, the group retained")
  func defaults() throws {
    let stack = Stack()
    let logGroup = Logs.LogGroup(stack, "LogGroup")
    #expect(stack.resolve(logGroup.logGroupName) == ["Ref": "LogGroupF5B46931"])
    #expect(stack.resolve(logGroup.logGroupArn) == ["Fn::GetAtt": ["LogGroupF5B46931", "Arn"]])
    try Template(stack).hasResource(
      "AWS::Logs::LogGroup",
      Match.exact([
        "Type": "AWS::Logs::LogGroup", "Properties": ["RetentionInDays": 731], "DeletionPolicy": "Retain",
        "UpdateReplacePolicy": "Retain",
      ]))
  }

  @Test("A name, another retention, and events kept forever")
  func options() throws {
    let stack = Stack()
    _ = Logs.LogGroup(
      stack, "Named", logGroupName: "/elasticache/orders/slow-log", retention: .oneWeek, removalPolicy: .destroy)
    _ = Logs.LogGroup(stack, "Forever", retention: .infinite)
    let template = try Template(stack)
    try template.hasResource(
      "AWS::Logs::LogGroup",
      [
        "Properties": Match.exact(["LogGroupName": "/elasticache/orders/slow-log", "RetentionInDays": 7]),
        "DeletionPolicy": "Delete",
      ])
    try template.hasResource("AWS::Logs::LogGroup", ["Properties": .absent, "DeletionPolicy": "Retain"])
  }

  @Test("An imported log group's ARN ends with :*")
  func imported() {
    let stack = Stack()
    let logGroup = Logs.LogGroup.fromLogGroupName(stack, "Imported", "/aws/elasticache/orders")
    #expect(
      stack.resolve(logGroup.logGroupArn)
        == [
          "Fn::Join": [
            "",
            [
              "arn:", ["Ref": "AWS::Partition"], ":logs:", ["Ref": "AWS::Region"], ":", ["Ref": "AWS::AccountId"],
              ":log-group:/aws/elasticache/orders:*",
            ],
          ]
        ])
  }

  @Test("An invalid name is reported with its code, path and a fix")
  func invalidName() {
    let stack = Stack()
    _ = Logs.LogGroup(stack, "LogGroup", logGroupName: "orders cache")
    let error = #expect(throws: SynthesisError.self) { _ = try Template(stack) }
    let diagnostic = error?.errors.first
    // The generated class's schema holds the rule; the problem lands on the log group, not its resource.
    #expect(diagnostic?.code == "PropertyPatternMismatch" && diagnostic?.path == "Default/LogGroup")
    #expect(diagnostic?.message.contains("LogGroupName") == true)
    #expect(diagnostic?.fix?.isEmpty == false)
  }
}
