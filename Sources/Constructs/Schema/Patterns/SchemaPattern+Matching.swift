extension SchemaPattern {
  /// Runs a ``Program`` over a value by backtracking with an explicit stack, visiting each
  /// (instruction, position) pair at most once: a pair that failed once fails again, since a pattern without
  /// back references has no other state. That bounds the work by the program's size times the value's
  /// length, and ends loops whose body matches the empty string.
  struct Matcher {
    /// The most (instruction, position) pairs a search may visit, lookarounds included; a longer value is
    /// not decided.
    static let budget = 50_000_000

    let program: Program
    let text: [Unicode.Scalar]
    private var visited: [UInt64]
    /// The results of lookarounds already evaluated, by lookaround and position.
    private var lookaroundResults: [Int: Bool] = [:]

    /// A matcher of the program over the text; the caller checks ``fitsBudget(_:_:)`` first.
    init(program: Program, text: [Unicode.Scalar]) {
      self.program = program
      self.text = text
      visited = Array(repeating: 0, count: (program.instructions.count * (text.count + 1) + 63) / 64)
    }

    /// Whether matching the program over a text of `length` code points stays within ``budget``.
    static func fitsBudget(_ program: Program, _ length: Int) -> Bool {
      let (size, overflow) = program.totalSize.multipliedReportingOverflow(by: length + 1)
      return !overflow && size <= budget
    }

    /// Whether the program matches somewhere in the text.
    mutating func search() -> Bool {
      for start in 0...text.count where run(from: start) { return true }
      return false
    }

    /// Whether the program matches starting at `start`, ending anywhere (or exactly at `end`, when given).
    mutating func run(from start: Int, endingAt end: Int? = nil) -> Bool {
      var stack: [(pc: Int, position: Int)] = [(0, start)]
      while let (initialPC, initialPosition) = stack.popLast() {
        var pc = initialPC
        var position = initialPosition
        while markVisited(pc, position) {
          switch program.instructions[pc] {
          case .scalar(let set):
            guard position < text.count, set.contains(text[position]) else { break }
            pc += 1
            position += 1
            continue
          case .split(let first, let second):
            stack.append((second, position))
            pc = first
            continue
          case .jump(let target):
            pc = target
            continue
          case .assertion(let assertion):
            guard holds(assertion, at: position) else { break }
            pc += 1
            continue
          case .lookaround(let index):
            guard lookaroundHolds(index, at: position) else { break }
            pc += 1
            continue
          case .match:
            if end == nil || end == position { return true }
          }
          break
        }
      }
      return false
    }

    /// Marks the pair visited; `false` when it was already.
    private mutating func markVisited(_ pc: Int, _ position: Int) -> Bool {
      let index = pc * (text.count + 1) + position
      let (word, bit) = (index / 64, UInt64(1) << UInt64(index % 64))
      if visited[word] & bit != 0 { return false }
      visited[word] |= bit
      return true
    }

    private func holds(_ assertion: PatternNode.Assertion, at position: Int) -> Bool {
      switch assertion {
      case .start: return position == 0
      case .end: return position == text.count
      case .wordBoundary, .notWordBoundary:
        let before = position > 0 && ScalarSet.isWordCharacter(text[position - 1])
        let after = position < text.count && ScalarSet.isWordCharacter(text[position])
        return (before != after) == (assertion == .wordBoundary)
      }
    }

    private mutating func lookaroundHolds(_ index: Int, at position: Int) -> Bool {
      let key = index * (text.count + 1) + position
      if let known = lookaroundResults[key] { return known }
      let lookaround = program.lookarounds[index]
      var found: Bool
      if lookaround.isAhead {
        var matcher = Matcher(program: lookaround.program, text: text)
        found = matcher.run(from: position)
      } else {
        // A lookbehind matches a text that ends at the position; try the starts from the nearest back.
        found = false
        let earliest = lookaround.maximumWidth.map { max(position - $0, 0) } ?? 0
        for start in stride(from: position, through: earliest, by: -1) {
          var matcher = Matcher(program: lookaround.program, text: text)
          if matcher.run(from: start, endingAt: position) {
            found = true
            break
          }
        }
      }
      let result = found != lookaround.isNegative
      lookaroundResults[key] = result
      return result
    }
  }
}
