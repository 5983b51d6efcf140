/// Merges statements of a policy that say the same thing, as the AWS CDK does before it splits a
/// large policy: one statement is kept for each group of equal ones, in the place of the first.
///
/// Statements are equal when they have the same effect, `sid` and conditions (operators and keys in
/// the same order), and the same actions, resources and principals (and not-actions, not-resources
/// and not-principals) in any order.
enum StatementMerging {
  /// A statement kept, and the statements it stands for (itself first).
  struct Merged {
    /// The statement kept.
    var statement: IAM.PolicyStatement
    /// The statements it stands for, in the order they were merged.
    var originals: [IAM.PolicyStatement]
  }

  /// The statements with the equal ones merged, each with the statements it stands for.
  static func mergeEqual(_ statements: [IAM.PolicyStatement]) -> [Merged] {
    var merged = statements.map { Merged(statement: $0, originals: [$0]) }
    var changed = true
    while changed {
      changed = false
      var index = 0
      while index < merged.count {
        var other = index + 1
        while other < merged.count {
          if areEqual(merged[index].statement, merged[other].statement) {
            merged[index].originals += merged[other].originals
            merged.remove(at: other)
            changed = true
          } else {
            other += 1
          }
        }
        index += 1
      }
    }
    return merged
  }

  /// Whether two statements say the same thing.
  static func areEqual(_ lhs: IAM.PolicyStatement, _ rhs: IAM.PolicyStatement) -> Bool {
    lhs.effect == rhs.effect
      && lhs.sid == rhs.sid
      && sameElements(lhs.resources, rhs.resources)
      && sameElements(lhs.actions, rhs.actions)
      && sameElements(lhs.notResources, rhs.notResources)
      && sameElements(lhs.notActions, rhs.notActions)
      && lhs.orderedConditions == rhs.orderedConditions
      && samePrincipals(lhs.principals, rhs.principals)
      && samePrincipals(lhs.notPrincipals, rhs.notPrincipals)
  }

  /// Whether two lists without repeated elements hold the same elements.
  private static func sameElements<Element: Equatable>(_ lhs: [Element], _ rhs: [Element]) -> Bool {
    lhs.count == rhs.count && lhs.allSatisfy { rhs.contains($0) }
  }

  /// Whether two lists of principals name the same principals, compared by how they render.
  private static func samePrincipals(_ lhs: [any IAM.Principal], _ rhs: [any IAM.Principal]) -> Bool {
    let left = lhs.map(\.policyFragment)
    let right = rhs.map(\.policyFragment)
    return left.count == right.count && left.allSatisfy { right.contains($0) }
  }
}
