public import Constructs

extension IAM {
  /// What happened when a statement was added to a resource's policy.
  public struct AddToResourcePolicyResult {
    /// Whether the resource took the statement.
    public let statementAdded: Bool
    /// The construct that holds the statement, for resources that must be created after it.
    public let policyDependable: Construct?

    /// A result; `policyDependable` is the construct that holds the added statement.
    public init(statementAdded: Bool, policyDependable: Construct? = nil) {
      self.statementAdded = statementAdded
      self.policyDependable = policyDependable
    }

    /// The statement was not added: the resource has no policy this toolkit manages.
    public static var notAdded: AddToResourcePolicyResult { AddToResourcePolicyResult(statementAdded: false) }
  }
}
