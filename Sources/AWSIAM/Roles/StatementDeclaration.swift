import Constructs

/// The constructs that hold a statement added to a role's default policy, as the AWS CDK's
/// dependency group for it: the default policy until synthesis prepares the role, then the policy the
/// statement ended up in when the role split a large default policy (the default policy, or one of
/// its overflow managed policies).
final class StatementDeclaration {
  /// The statement; kept so that its identity stays its own while the role looks it up.
  let statement: IAM.PolicyStatement
  private let defaultPolicy: IAM.Policy
  private weak var role: Construct?
  private var settled: [Construct]?

  init(statement: IAM.PolicyStatement, defaultPolicy: IAM.Policy, role: Construct) {
    self.statement = statement
    self.defaultPolicy = defaultPolicy
    self.role = role
  }

  /// The constructs holding the statement now.
  var constructs: [Construct] { settled ?? [defaultPolicy] }

  /// Records the constructs that hold the statement for good.
  func settle(_ constructs: [Construct]) { settled = (settled ?? []) + constructs }

  /// Runs `action` with the constructs that hold the statement for good: now when they are known,
  /// else once synthesis has prepared the role.
  func whenSettled(_ action: @escaping ([Construct]) -> Void) {
    guard settled == nil, let role else { return action(constructs) }
    role.node.addPreparation { [self] in action(constructs) }
  }
}
