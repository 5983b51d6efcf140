import Constructs

/// Why a peer created from a literal cannot be used, with the AWS CDK's message.
struct PeerProblem {
  let code: String
  let message: String
}

/// A peer that checks its literal value when created.
protocol ValidatedPeer {
  /// The problem found, if any.
  var problem: PeerProblem? { get }
}

extension EC2.PeerProtocol {
  /// Records the peer's problem, if it has one, as an error on `construct`; returns whether the peer is usable.
  func isUsable(reportingOn construct: Construct) -> Bool {
    guard let problem = (self as? any ValidatedPeer)?.problem else { return true }
    construct.node.addError(problem.code, problem.message)
    return false
  }
}
