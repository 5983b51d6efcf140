import CloudFormationModel
package import Constructs

/// How the AWS CDK estimates the size of a policy statement when it splits a role's large default
/// policy: the literal text of actions and resources, a fixed size for each one that holds a token
/// (its value is unknown until deployment) and for each principal, and the conditions as JSON.
///
/// The estimates are those of the AWS CDK: 20 characters for an action and 150 for an ARN, unless the
/// context value `@aws-cdk/aws-iam.arnSizeEstimate` says otherwise.
package struct PolicySizeEstimate: Equatable {
  /// The context key that sets the size of an ARN that holds a token.
  package static let arnSizeEstimateContextKey = "@aws-cdk/aws-iam.arnSizeEstimate"
  /// The size of an ARN that holds a token, unless the context sets another.
  package static let defaultArnEstimate = 150

  /// The size of an action that holds a token.
  package var actionEstimate: Int
  /// The size of a resource that holds a token, and of each principal.
  package var arnEstimate: Int

  /// Estimates with these sizes for tokens.
  package init(actionEstimate: Int = 20, arnEstimate: Int = PolicySizeEstimate.defaultArnEstimate) {
    self.actionEstimate = actionEstimate
    self.arnEstimate = arnEstimate
  }

  /// The estimates for policies of `scope`: the ARN estimate comes from the context, when set. A context
  /// value that is not a number is recorded as an error on `scope`, and the default is used.
  package static func of(_ scope: Construct) -> PolicySizeEstimate {
    switch scope.node.tryGetContext(arnSizeEstimateContextKey) {
    case nil, .null?:
      return PolicySizeEstimate()
    case .number(let number)? where number.isFinite:
      return PolicySizeEstimate(arnEstimate: Int(number.rounded()))
    case let value?:
      scope.node.addError(
        "ExpectedContextNumber",
        "Context value \(arnSizeEstimateContextKey) should be a number, got \(value.jsonString(indent: 0))")
      return PolicySizeEstimate()
    }
  }

  /// The estimated size of `statement`, in characters: its effect as `"Effect": "Allow",`; for each of
  /// its actions, not-actions, resources and not-resources the key and the values with their quotes
  /// and separators (an action or resource holding a token counts as the estimate); each principal
  /// as an ARN; and its conditions as compact JSON.
  package func size(of statement: IAM.PolicyStatement) -> Int {
    var size = "\"Effect\": \"\(statement.effect.rawValue)\",".utf16.count
    size += listSize("Action", statement.actions.map { ($0.utf16.count, false) }, tokenSize: actionEstimate)
    size += listSize("NotAction", statement.notActions.map { ($0.utf16.count, false) }, tokenSize: actionEstimate)
    size += listSize("Resource", statement.resources.map(Self.literalSize), tokenSize: arnEstimate)
    size += listSize("NotResource", statement.notResources.map(Self.literalSize), tokenSize: arnEstimate)
    size += (statement.principals.count + statement.notPrincipals.count) * arnEstimate
    size += Self.jsonSize(statement.orderedConditions)
    return size
  }

  private func listSize(_ key: String, _ values: [(length: Int, isToken: Bool)], tokenSize: Int) -> Int {
    guard !values.isEmpty else { return 0 }
    return key.utf16.count + 5 + values.reduce(0) { $0 + ($1.isToken ? tokenSize : $1.length) + 3 }
  }

  private static func literalSize(_ value: StringValue) -> (length: Int, isToken: Bool) {
    (value.literal?.utf16.count ?? 0, value.isUnresolved)
  }

  /// The length of `value` as JavaScript's `JSON.stringify` writes it. A token counts as the AWS CDK's
  /// string for it, `${Token[TOKEN.123]}` (or `${Token[AWS.Region.12]}` for a pseudo parameter),
  /// whose number is not known here: an estimate.
  static func jsonSize(_ value: CfnValue) -> Int {
    let text = Fn.toJSONString(value).description
    var size = 0
    var rest = Substring(text)
    while let start = rest.firstRange(of: tokenStart) {
      size += rest[..<start.lowerBound].utf16.count
      guard let end = rest[start.upperBound...].firstRange(of: tokenEnd) else {
        rest = rest[start.lowerBound...]
        break
      }
      size += estimatedTokenLength(displayName: rest[start.upperBound..<end.lowerBound])
      rest = rest[end.upperBound...]
    }
    return size + rest.utf16.count
  }

  private static let tokenStart = "${Token["
  private static let tokenEnd = "]}"

  /// The length of the AWS CDK's string for a token: `${Token[AWS.Region.12]}` for a pseudo parameter
  /// (a counter of two digits), `${Token[TOKEN.123]}` for others (three digits).
  private static func estimatedTokenLength(displayName: Substring) -> Int {
    let hint: String
    if displayName.hasPrefix("AWS::") {
      hint = "AWS." + displayName.dropFirst(5) + ".12"
    } else {
      hint = "TOKEN.123"
    }
    return tokenStart.utf16.count + hint.utf16.count + tokenEnd.utf16.count
  }
}
