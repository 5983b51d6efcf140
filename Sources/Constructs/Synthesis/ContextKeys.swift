/// Context keys the AWS CDK command-line toolkit sets, and this toolkit reads.
enum ContextKeys {
  /// Whether resources carry their construct path as `aws:cdk:path` metadata (on by default).
  static let pathMetadata = "aws:cdk:enable-path-metadata"
}
