/// The syntax tree of a schema pattern: what the parser produces and the compiler turns into a ``Program``.
indirect enum PatternNode: Equatable, Sendable {
  /// Matches the empty string.
  case empty
  /// One code point of the set.
  case scalar(ScalarSet)
  /// The nodes one after the other.
  case sequence([PatternNode])
  /// Any one of the nodes.
  case alternation([PatternNode])
  /// The node repeated `minimum` to `maximum` times (`nil`: without bound).
  case repetition(PatternNode, minimum: Int, maximum: Int?)
  /// A zero-width assertion.
  case assertion(Assertion)
  /// A zero-width look at the text ahead of (or behind) the position: it must (or must not) match there.
  case lookaround(PatternNode, isAhead: Bool, isNegative: Bool)

  /// A zero-width assertion about the position.
  enum Assertion: Equatable, Sendable {
    /// `^`: the start of the value.
    case start
    /// `$`: the end of the value.
    case end
    /// `\b`: between a word character and a non-word character.
    case wordBoundary
    /// `\B`: not between a word character and a non-word character.
    case notWordBoundary
  }

  /// The fewest and the most code points the node can match (`nil`: without bound).
  var width: (minimum: Int, maximum: Int?) {
    switch self {
    case .empty, .assertion, .lookaround: return (0, 0)
    case .scalar: return (1, 1)
    case .sequence(let nodes):
      return nodes.reduce((0, 0)) { total, node in
        let width = node.width
        return (total.0 + width.minimum, total.1.flatMap { sum in width.maximum.map { sum + $0 } })
      }
    case .alternation(let nodes):
      let widths = nodes.map(\.width)
      let maxima = widths.map(\.maximum)
      return (
        widths.map(\.minimum).min() ?? 0,
        maxima.contains { $0 == nil } ? nil : maxima.compactMap { $0 }.max() ?? 0
      )
    case .repetition(let node, let minimum, let maximum):
      let width = node.width
      let upper: Int? =
        if let maximum, let nodeMaximum = width.maximum { maximum * nodeMaximum } else if width.maximum == 0 {
          0
        } else { nil }
      return (width.minimum * minimum, upper)
    }
  }
}
