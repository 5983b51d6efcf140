public import Constructs

extension IAM {
  /// A managed policy that roles can attach by ARN.
  public protocol ManagedPolicyProtocol {
    /// The policy's ARN.
    var managedPolicyArn: StringValue { get }
  }
}
