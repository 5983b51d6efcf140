import Constructs

/// The inline policies attached to a role: each once, and no two with the same name.
struct AttachedPolicies {
  private var policies: [IAM.Policy] = []

  /// Attaches `policy` unless it is attached already; a policy whose name is taken is recorded as
  /// an error on it and not attached. Returns whether the policy is attached.
  mutating func attach(_ policy: IAM.Policy) -> Bool {
    if policies.contains(where: { $0 === policy }) { return true }
    if policies.first(where: { $0.policyName == policy.policyName }) != nil {
      policy.node.addError(
        "PolicyNamedAlreadyAttached", "A policy named \"\(policy.policyName)\" is already attached")
      return false
    }
    policies.append(policy)
    return true
  }
}
