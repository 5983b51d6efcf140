public import Constructs

extension IAM {
  /// What happened when a statement was added to a principal's identity policy.
  public struct AddToPrincipalPolicyResult {
    /// Whether the principal took the statement.
    public let statementAdded: Bool
    /// The construct that holds the statement, for resources that must be created after it.
    public let policyDependable: Construct?

    /// A result; `policyDependable` is the construct that holds the added statement.
    public init(statementAdded: Bool, policyDependable: Construct? = nil) {
      self.statementAdded = statementAdded
      self.policyDependable = policyDependable
    }

    /// The statement was not added: the principal has no identity policy.
    public static var notAdded: AddToPrincipalPolicyResult { AddToPrincipalPolicyResult(statementAdded: false) }
  }
}
