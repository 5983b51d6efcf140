public import Constructs

extension IAM {
  /// A resource with a resource policy (a KMS key, a secret) that grants can add statements to.
  public protocol ResourceWithPolicy: AnyObject {
    /// The account the resource lives in; grants to principals of other accounts also go to the
    /// resource policy.
    var resourceAccount: StringValue { get }
    /// Adds a statement to the resource policy, if the resource has one this app manages.
    @discardableResult
    func addToResourcePolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToResourcePolicyResult
  }
}

extension IAM.ResourceWithPolicy where Self: Construct {
  /// The account of the stack that holds the resource.
  public var resourceAccount: StringValue { Stack.of(self).account }
}
