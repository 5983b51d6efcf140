/// Where a stack is deployed. A stack without an account or region is environment-agnostic: it uses
/// the `AWS::AccountId` and `AWS::Region` pseudo parameters and can be deployed anywhere.
public struct Environment: Sendable, Equatable {
  /// The AWS account id, or `nil` for any account.
  public var account: String?
  /// The AWS region, or `nil` for any region.
  public var region: String?

  /// An environment with the given account and region.
  public init(account: String? = nil, region: String? = nil) {
    self.account = account
    self.region = region
  }

  /// The environment the CDK command-line toolkit resolved from the caller's credentials and
  /// configuration (`CDK_DEFAULT_ACCOUNT`, `CDK_DEFAULT_REGION`), if it set them.
  public static func cliDefault(_ variables: [String: String]) -> Environment {
    Environment(account: variables["CDK_DEFAULT_ACCOUNT"], region: variables["CDK_DEFAULT_REGION"])
  }

  /// The cloud assembly form, `aws://<account>/<region>`, with `unknown-account`/`unknown-region`.
  var assemblyName: String { "aws://\(account ?? "unknown-account")/\(region ?? "unknown-region")" }
}
