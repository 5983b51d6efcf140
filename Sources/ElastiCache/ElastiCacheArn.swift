import Constructs

/// ARNs of ElastiCache resources in their real format, `arn:<partition>:elasticache:<region>:<account>:<type>:<name>`.
///
/// The AWS CDK formats imported ARNs with a slash (`serverlesscache/<name>`), which IAM policies never
/// match; this library uses the colon, one of its deliberate improvements.
enum ElastiCacheArn {
  /// The ARN of the resource of `type` (`serverlesscache`, `user`, `usergroup`) named `name` in the stack's environment.
  static func format(_ stack: Stack, resource type: String, name: StringValue) -> StringValue {
    stack.formatArn(
      ArnComponents(
        service: "elasticache", resource: StringValue(type), resourceName: name, arnFormat: .colonResourceName))
  }

  /// The name at the end of an ARN, separated by `:` or `/`; `nil` when the ARN has no name.
  ///
  /// - Throws: the core's ``ArnParsingError`` when the text is not an ARN (as the AWS CDK's `Arn.split`).
  static func resourceName(of arn: StringValue, in stack: Stack) throws(ArnParsingError) -> StringValue? {
    let components = try stack.splitArn(arn, format: .colonResourceName)
    if let name = components.resourceName, name.literal != "" { return name }
    guard let resource = components.resource.literal, let slash = resource.firstIndex(of: "/") else { return nil }
    let name = resource[resource.index(after: slash)...]
    return name.isEmpty ? nil : StringValue(String(name))
  }
}
