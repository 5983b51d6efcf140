import CloudFormationModel

/// Context keys the AWS CDK command-line toolkit sets, and this toolkit reads.
enum ContextKeys {
  /// Whether resources carry their construct path as `aws:cdk:path` metadata. The CDK CLI sets it
  /// (`--path-metadata`, on by default); an app run on its own leaves it out, as the AWS CDK does.
  static let pathMetadata = "aws:cdk:enable-path-metadata"

  /// Whether the context value of `key` seen from `node` is set and truthy in JavaScript's sense, as the
  /// AWS CDK tests context flags.
  static func isEnabled(_ key: String, in node: Node) -> Bool {
    switch node.tryGetContext(key) {
    case nil, .null?: false
    case .bool(let flag)?: flag
    case .number(let number)?: number != 0 && !number.isNaN
    case .string(let text)?: !text.isEmpty
    case .array?, .object?: true
    }
  }
}
