extension IAM {
  /// A problem with a policy statement or document: a stable code and the AWS CDK's message.
  public struct PolicyProblem: Sendable, Equatable {
    /// A stable identifier of the kind of problem.
    public let code: String
    /// What is wrong, in the AWS CDK's words.
    public let message: String

    /// A problem with this code and message.
    public init(code: String, message: String) {
      self.code = code
      self.message = message
    }
  }
}
