import Constructs

extension IAM.Role {
  /// The estimated size below which statements stay in a role's default policy: 10,000 characters,
  /// as the AWS CDK counts them (IAM allows 10,240 for a role's inline policies together).
  public static let maxInlinePolicySize = 10_000

  /// The estimated size up to which statements that do not fit the default policy are put together
  /// in one overflow managed policy: 6,000 characters (IAM allows 6,144 for a managed policy).
  public static let maxOverflowPolicySize = 6_000

  /// Splits the default policy once, at synthesis, as the AWS CDK does: equal statements are merged,
  /// and statements that do not fit under ``maxInlinePolicySize`` go to overflow managed policies
  /// of up to ``maxOverflowPolicySize`` each. More than 10 managed policies (those attached and the
  /// overflow ones) are reported as a warning, as are more than 20 (IAM's hard limit).
  func splitLargePolicy() {
    guard let defaultPolicy, !didSplitLargePolicy else { return }
    didSplitLargePolicy = true
    let parts = defaultPolicy.document.split(
      selfMaximumSize: Self.maxInlinePolicySize, splitMaximumSize: Self.maxOverflowPolicySize,
      estimate: PolicySizeEstimate.of(self))
    let managedPolicyCount = managedPolicies.count + parts.count - 1
    if managedPolicyCount > 20 {
      node.addWarning(
        "rolePolicyTooLarge",
        "Policy too large: \(managedPolicyCount) exceeds the maximum of 20 managed policies attached to a Role")
    } else if managedPolicyCount > 10 {
      node.addWarning(
        "rolePolicyLarge",
        "Policy large: \(managedPolicyCount) exceeds 10 managed policies attached to a Role, this requires a quota "
          + "increase")
    }
    for (index, part) in parts.enumerated() {
      let holder: Construct =
        index == 0
        ? defaultPolicy
        : IAM.ManagedPolicy(
          self, "OverflowPolicy\(index)", description: "Part of the policies for \(node.path)",
          document: part.document, roles: [self])
      for original in part.originals { declarations[ObjectIdentifier(original)]?.settle([holder]) }
    }
  }
}
