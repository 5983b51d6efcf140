package import Constructs

/// How two strings that may hold tokens compare, as the AWS CDK's `Token.compareStrings` decides.
package enum TokenComparison {
  /// Both are the same literal, or the very same token.
  case same
  /// Both are literals and they differ.
  case different
  /// Both hold tokens, and not the same ones.
  case bothUnresolved
  /// One is a literal and the other holds a token.
  case oneUnresolved

  /// Compares two strings.
  package static func compare(_ lhs: StringValue, _ rhs: StringValue) -> TokenComparison {
    switch (lhs.isUnresolved, rhs.isUnresolved) {
    case (true, true): lhs == rhs ? .same : .bothUnresolved
    case (false, false): lhs == rhs ? .same : .different
    default: .oneUnresolved
    }
  }

  /// Whether the strings may name the same account: the same, or both unknown until deployment.
  package var isSameOrBothUnresolved: Bool { self == .same || self == .bothUnresolved }
}
