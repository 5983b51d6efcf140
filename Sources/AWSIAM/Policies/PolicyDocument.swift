public import Constructs

extension IAM {
  /// An IAM policy document: `{"Statement": [...], "Version": "2012-10-17"}`.
  ///
  /// Documents are shared and mutable, like the AWS CDK's: a role's trust policy or a key policy is a
  /// document that grants keep adding statements to until the template is rendered.
  public final class PolicyDocument {
    /// The statements, in the order added.
    public private(set) var statements: [IAM.PolicyStatement]

    /// A document holding `statements`.
    public init(statements: [IAM.PolicyStatement] = []) { self.statements = statements }

    /// Adds statements at the end.
    public func addStatements(_ statements: IAM.PolicyStatement...) { addStatements(statements) }

    /// Adds statements at the end.
    public func addStatements(_ statements: [IAM.PolicyStatement]) { self.statements += statements }

    /// Whether the document has no statements.
    public var isEmpty: Bool { statements.isEmpty }

    /// The number of statements.
    public var statementCount: Int { statements.count }

    /// The document as it appears in a template, with statements that render identically kept once;
    /// `nil` for an empty document.
    ///
    /// - Parameter stack: the stack whose template holds the document.
    public func toJSON(in stack: Stack? = nil) -> CfnValue? {
      guard !isEmpty else { return nil }
      var rendered: [CfnValue] = []
      for statement in statements {
        let json = statement.toStatementJSON(in: stack)
        if !rendered.contains(json) { rendered.append(json) }
      }
      return ["Statement": .array(rendered), "Version": "2012-10-17"]
    }

    /// Splits the document as the AWS CDK splits a role's default policy that grew too large.
    ///
    /// Equal statements are merged first (the document keeps one of each). Then, in order, each
    /// statement stays in this document while the estimated size of those kept stays below
    /// `selfMaximumSize`; any other goes to the first new document whose statements, with it, add up
    /// to no more than `splitMaximumSize`, or else to a new one.
    ///
    /// - Returns: this document and the new ones, in order, each with the statements it stands for
    ///   (the statements merged into one it holds included).
    package func split(selfMaximumSize: Int, splitMaximumSize: Int, estimate: PolicySizeEstimate)
      -> [(document: IAM.PolicyDocument, originals: [IAM.PolicyStatement])]
    {
      let merged = StatementMerging.mergeEqual(statements)
      var kept: [StatementMerging.Merged] = []
      var keptSize = 0
      var overflow: [(statements: [StatementMerging.Merged], size: Int)] = []
      for statement in merged {
        let size = estimate.size(of: statement.statement)
        if keptSize + size < selfMaximumSize {
          kept.append(statement)
          keptSize += size
        } else if let index = overflow.firstIndex(where: { $0.size + size <= splitMaximumSize }) {
          overflow[index].statements.append(statement)
          overflow[index].size += size
        } else {
          overflow.append(([statement], size))
        }
      }
      statements = kept.map(\.statement)
      return [(self, kept.flatMap(\.originals))]
        + overflow.map { part in
          (IAM.PolicyDocument(statements: part.statements.map(\.statement)), part.statements.flatMap(\.originals))
        }
    }

    /// The problems of the statements in any policy.
    public func validateForAnyPolicy() -> [IAM.PolicyProblem] { statements.flatMap { $0.validateForAnyPolicy() } }

    /// The problems of the statements in a resource policy.
    public func validateForResourcePolicy() -> [IAM.PolicyProblem] {
      statements.flatMap { $0.validateForResourcePolicy() }
    }

    /// The problems of the statements in a trust policy.
    public func validateForTrustPolicy() -> [IAM.PolicyProblem] { statements.flatMap { $0.validateForTrustPolicy() } }

    /// The problems of the statements in an identity policy.
    public func validateForIdentityPolicy() -> [IAM.PolicyProblem] {
      statements.flatMap { $0.validateForIdentityPolicy() }
    }
  }
}
