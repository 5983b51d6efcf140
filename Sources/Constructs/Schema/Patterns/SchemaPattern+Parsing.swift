extension SchemaPattern {
  /// Reads ECMAScript pattern syntax into a ``PatternNode``: disjunctions, groups (capturing, named and
  /// non-capturing, all treated alike), lookarounds, quantifiers, classes and escapes.
  struct Parser {
    let scalars: [Unicode.Scalar]
    var position = 0
    /// How deeply groups nest; patterns nested deeper than ``maximumNesting`` are refused.
    private var nesting = 0
    static let maximumNesting = 100
    /// The largest count a quantifier may have (`{n}`, `{n,m}`), which bounds the compiled program.
    static let maximumCount = 10_000

    init(_ source: String) { scalars = Array(source.unicodeScalars) }

    mutating func parse() throws(SchemaPatternError) -> PatternNode {
      let node = try disjunction()
      if position < scalars.count {
        throw error(scalars[position] == ")" ? "unmatched ')'" : "unexpected '\(scalars[position])'")
      }
      return node
    }

    var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    func error(_ message: String) -> SchemaPatternError {
      SchemaPatternError(message: message, offset: position)
    }

    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
      guard current == scalar else { return false }
      position += 1
      return true
    }

    private mutating func disjunction() throws(SchemaPatternError) -> PatternNode {
      var alternatives = [try alternative()]
      while take("|") { alternatives.append(try alternative()) }
      return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func alternative() throws(SchemaPatternError) -> PatternNode {
      var terms: [PatternNode] = []
      while let scalar = current, scalar != "|", scalar != ")" { terms.append(try term()) }
      switch terms.count {
      case 0: return .empty
      case 1: return terms[0]
      default: return .sequence(terms)
      }
    }

    private mutating func term() throws(SchemaPatternError) -> PatternNode {
      let start = position
      let atom = try self.atom()
      guard let (minimum, maximum) = try quantifier() else { return atom }
      if case .assertion = atom { throw SchemaPatternError(message: "nothing to repeat", offset: start) }
      _ = take("?")  // A lazy quantifier matches the same values.
      return .repetition(atom, minimum: minimum, maximum: maximum)
    }

    /// `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}`; a `{` that starts none of them is a literal.
    private mutating func quantifier() throws(SchemaPatternError) -> (Int, Int?)? {
      switch current {
      case "*":
        position += 1
        return (0, nil)
      case "+":
        position += 1
        return (1, nil)
      case "?":
        position += 1
        return (0, 1)
      case "{":
        let start = position
        position += 1
        guard let minimum = number() else {
          position = start
          return nil
        }
        var maximum: Int? = minimum
        if take(",") { maximum = number() }
        guard take("}") else {
          position = start
          return nil
        }
        if let maximum, maximum < minimum {
          throw SchemaPatternError(message: "numbers out of order in {} quantifier", offset: start)
        }
        if minimum > Self.maximumCount || (maximum ?? 0) > Self.maximumCount {
          throw SchemaPatternError(message: "a {} quantifier above \(Self.maximumCount)", offset: start)
        }
        return (minimum, maximum)
      default:
        return nil
      }
    }

    private mutating func number() -> Int? {
      var digits = ""
      while let scalar = current, ("0"..."9").contains(scalar) {
        digits.unicodeScalars.append(scalar)
        position += 1
      }
      return digits.isEmpty ? nil : Int(digits.prefix(9))
    }

    private mutating func atom() throws(SchemaPatternError) -> PatternNode {
      guard let scalar = current else { throw error("unexpected end of the pattern") }
      position += 1
      switch scalar {
      case "^": return .assertion(.start)
      case "$": return .assertion(.end)
      case ".": return .scalar(.anyButLineTerminator)
      case "(": return try group()
      case "[": return .scalar(try characterClass())
      case "\\": return try atomEscape()
      case "*", "+", "?":
        position -= 1
        throw error("nothing to repeat")
      case "{":
        position -= 1
        if try quantifier() != nil { throw error("nothing to repeat") }
        position += 1
        return .scalar(.literal(scalar))
      default: return .scalar(.literal(scalar))
      }
    }

    private mutating func group() throws(SchemaPatternError) -> PatternNode {
      nesting += 1
      defer { nesting -= 1 }
      if nesting > Self.maximumNesting { throw error("groups nested more than \(Self.maximumNesting) deep") }
      var lookaround: (isAhead: Bool, isNegative: Bool)?
      if take("?") {
        if take(":") {
        } else if take("=") {
          lookaround = (true, false)
        } else if take("!") {
          lookaround = (true, true)
        } else if take("<") {
          if take("=") {
            lookaround = (false, false)
          } else if take("!") {
            lookaround = (false, true)
          } else {
            try groupName()
          }
        } else {
          throw error("unsupported group syntax")
        }
      }
      let body = try disjunction()
      guard take(")") else { throw error("missing ')'") }
      guard let lookaround else { return body }
      return .lookaround(body, isAhead: lookaround.isAhead, isNegative: lookaround.isNegative)
    }

    private mutating func groupName() throws(SchemaPatternError) {
      let start = position
      while let scalar = current, scalar != ">" {
        guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "$" else {
          throw error("invalid group name")
        }
        position += 1
      }
      guard position > start, take(">") else { throw error("invalid group name") }
    }

    /// What follows a backslash outside a class.
    private mutating func atomEscape() throws(SchemaPatternError) -> PatternNode {
      guard let scalar = current else { throw error("\\ at the end of the pattern") }
      switch scalar {
      case "b":
        position += 1
        return .assertion(.wordBoundary)
      case "B":
        position += 1
        return .assertion(.notWordBoundary)
      case "A":
        position += 1
        return .assertion(.start)
      case "Z", "z":
        position += 1
        return .assertion(.end)
      case "1"..."9", "k":
        throw error("back references are not supported")
      default:
        return .scalar(try classEscape(inClass: false))
      }
    }

    /// `[…]` after its `[`.
    private mutating func characterClass() throws(SchemaPatternError) -> ScalarSet {
      let isNegated = take("^")
      var items: [ScalarSet.Item] = []
      while true {
        guard let scalar = current else { throw error("missing ']'") }
        if scalar == "]" {
          position += 1
          return ScalarSet(items: items, isNegated: isNegated)
        }
        let first = try classAtom()
        guard current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" else {
          items += first.items
          continue
        }
        position += 1
        let second = try classAtom()
        // As ECMAScript's Annex B has it, a range with a class escape at either end is the escape(s) and a `-`.
        guard let lower = first.singleScalar, let upper = second.singleScalar else {
          items += first.items + ScalarSet.literal("-").items + second.items
          continue
        }
        guard lower <= upper else { throw error("range out of order in character class") }
        items.append(.range(lower...upper))
      }
    }

    private mutating func classAtom() throws(SchemaPatternError) -> ScalarSet {
      guard let scalar = current else { throw error("missing ']'") }
      position += 1
      guard scalar == "\\" else { return .literal(scalar) }
      if take("b") { return .literal("\u{8}") }
      if take("-") { return .literal("-") }
      return try classEscape(inClass: true)
    }
  }
}

extension ScalarSet {
  /// The one code point of a literal.
  fileprivate var singleScalar: UInt32? {
    guard !isNegated, items.count == 1, case .range(let range) = items[0], range.count == 1 else { return nil }
    return range.lowerBound
  }
}
