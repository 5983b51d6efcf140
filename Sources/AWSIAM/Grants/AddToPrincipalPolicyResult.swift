public import Constructs

extension IAM {
  /// What happened when a statement was added to a principal's identity policy.
  public struct AddToPrincipalPolicyResult {
    /// Whether the principal took the statement.
    public let statementAdded: Bool
    /// The construct that holds the statement, for resources that must be created after it.
    public let policyDependable: Construct?

    /// Which constructs hold the statement once a role has split its large default policy, when that
    /// may be another construct than `policyDependable`.
    let declaration: StatementDeclaration?

    /// A result; `policyDependable` is the construct that holds the added statement.
    public init(statementAdded: Bool, policyDependable: Construct? = nil) {
      self.init(statementAdded: statementAdded, policyDependable: policyDependable, declaration: nil)
    }

    /// A result whose statement may move to another construct at synthesis, as `declaration` tracks.
    init(statementAdded: Bool, policyDependable: Construct?, declaration: StatementDeclaration?) {
      self.statementAdded = statementAdded
      self.policyDependable = policyDependable
      self.declaration = declaration
    }

    /// The statement was not added: the principal has no identity policy.
    public static var notAdded: AddToPrincipalPolicyResult { AddToPrincipalPolicyResult(statementAdded: false) }
  }
}
