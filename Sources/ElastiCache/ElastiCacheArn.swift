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

extension ElastiCacheArn {
  /// A problem with the identifiers given to an import, recorded as an error on the imported construct.
  struct Problem {
    let code: String
    let message: String

    init(_ code: String, _ message: String) {
      self.code = code
      self.message = message
    }
  }

  /// What an import records when it is given both identifiers, an ARN without a name, or neither.
  struct ImportProblems {
    let conflicting: Problem
    let arnWithoutName: Problem
    let missing: Problem
  }

  /// The name and ARN of an imported resource of `type` from the one given (exactly one of `name` and
  /// `arn` is expected), and the problem to record when that is not so or the ARN cannot be read.
  ///
  /// A missing name or ARN is empty; the name is read from the ARN, the ARN formatted from the name in the
  /// stack of `scope`.
  static func importIdentity(
    name: StringValue?, arn: StringValue?, resource type: String, in scope: Construct, problems: ImportProblems
  ) -> (name: StringValue, arn: StringValue, problem: Problem?) {
    switch (name, arn) {
    case (let name?, let arn?):
      return (name, arn, problems.conflicting)
    case (let name?, nil):
      return (name, format(Stack.of(scope), resource: type, name: name), nil)
    case (nil, let arn?):
      do {
        guard let name = try resourceName(of: arn, in: Stack.of(scope)) else {
          return ("", arn, problems.arnWithoutName)
        }
        return (name, arn, nil)
      } catch {
        return ("", arn, Problem("InvalidArn", error.message))
      }
    case (nil, nil):
      return ("", "", problems.missing)
    }
  }
}
