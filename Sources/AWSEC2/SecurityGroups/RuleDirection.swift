/// Whether a rule allows traffic in (ingress) or out (egress) of a security group.
enum RuleDirection {
  case ingress
  case egress

  /// The word in rule ids and default descriptions: `from` or `to`.
  var word: String {
    switch self {
    case .ingress: "from"
    case .egress: "to"
    }
  }

  /// The opposite direction.
  var reversed: RuleDirection {
    switch self {
    case .ingress: .egress
    case .egress: .ingress
    }
  }
}
