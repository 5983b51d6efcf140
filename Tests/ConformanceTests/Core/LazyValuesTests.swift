import ElastiCacheCDK
import Testing

@Suite("Core conformance: lazy values")
struct LazyValuesTests {
  @Test("Lazy values are computed at synthesis, after the whole app has been declared")
  func lazyValues() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Lazy")
    var names: [String] = []
    _ = CfnResource(
      stack,
      "Summary",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "StringList",
        "Value": CfnValue(Lazy.string { StringValue(names.joined(separator: ",")) }),
        "Description": "\(Lazy.number { NumberValue(names.count) }) queues in \(Aws.region)",
        "AllowedPattern": Lazy.any { nil },
      ]
    )
    _ = CfnResource(
      stack,
      "Policy",
      type: "AWS::SQS::QueuePolicy",
      properties: [
        "Queues": CfnValue(Lazy.list { StringListValue(names.map { StringValue($0) }) }),
        "PolicyDocument": Lazy.any {
          [
            "Version": "2012-10-17",
            "Statement": [
              [
                "Effect": "Allow", "Principal": ["Service": "sns.amazonaws.com"], "Action": "sqs:SendMessage",
                "Resource": "*",
              ]
            ],
          ]
        },
      ]
    )
    _ = CfnResource(
      stack,
      "Empty",
      type: "AWS::SNS::Topic",
      properties: [
        "Subscription": Lazy.any(omitEmptyArray: true) { [] },
        "TopicName": CfnValue(Lazy.string { "topic-for-\(names.count)-queues" }),
        "DisplayName": CfnValue(Lazy.uncachedString { "\(names.count) queues" }),
      ]
    )
    for name in ["orders", "payments", "refunds"] {
      _ = CfnResource(
        stack, name.prefix(1).uppercased() + name.dropFirst(), type: "AWS::SQS::Queue",
        properties: ["QueueName": .string(StringValue(name))])
      names.append(name)
    }

    try Goldens.expectMatch(app, "Core/lazy-values")
  }
}
