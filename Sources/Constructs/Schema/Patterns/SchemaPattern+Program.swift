extension SchemaPattern {
  /// A pattern compiled to instructions for ``Matcher``: a main program and one program per lookaround.
  struct Program: Sendable {
    enum Instruction: Sendable {
      /// Consumes one code point of the set, or fails.
      case scalar(ScalarSet)
      /// Goes on at both targets (the first tried first).
      case split(Int, Int)
      /// Goes on at the target.
      case jump(Int)
      /// Goes on if the assertion holds at the position.
      case assertion(PatternNode.Assertion)
      /// Goes on if the lookaround (an index into ``lookarounds``) holds at the position.
      case lookaround(Int)
      /// The pattern matched.
      case match
    }

    /// A lookaround's own program, and how it is applied.
    struct Lookaround: Sendable {
      let program: Program
      let isAhead: Bool
      let isNegative: Bool
      /// The longest text a lookbehind can match, when bounded: it is tried only that far back.
      let maximumWidth: Int?
    }

    private(set) var instructions: [Instruction] = []
    private(set) var lookarounds: [Lookaround] = []

    /// The number of instructions, those of the lookarounds included.
    var totalSize: Int { instructions.count + lookarounds.reduce(0) { $0 + $1.program.totalSize } }

    init(compiling node: PatternNode) {
      emit(node)
      instructions.append(.match)
    }

    private mutating func emit(_ node: PatternNode) {
      switch node {
      case .empty:
        break
      case .scalar(let set):
        instructions.append(.scalar(set))
      case .sequence(let nodes):
        for node in nodes { emit(node) }
      case .alternation(let nodes):
        // split L1, next; L1: first; jump end; next: split L2, next2; ... last
        var jumps: [Int] = []
        for (index, node) in nodes.enumerated() {
          if index < nodes.count - 1 {
            let split = instructions.count
            instructions.append(.split(split + 1, -1))
            emit(node)
            jumps.append(instructions.count)
            instructions.append(.jump(-1))
            instructions[split] = .split(split + 1, instructions.count)
          } else {
            emit(node)
          }
        }
        for jump in jumps { instructions[jump] = .jump(instructions.count) }
      case .repetition(let node, let minimum, let maximum):
        for _ in 0..<minimum { emit(node) }
        if let maximum {
          // Each optional copy may be skipped, which skips the rest too.
          var splits: [Int] = []
          for _ in minimum..<maximum {
            splits.append(instructions.count)
            instructions.append(.split(instructions.count + 1, -1))
            emit(node)
          }
          for split in splits { instructions[split] = .split(split + 1, instructions.count) }
        } else {
          let loop = instructions.count
          instructions.append(.split(loop + 1, -1))
          emit(node)
          instructions.append(.jump(loop))
          instructions[loop] = .split(loop + 1, instructions.count)
        }
      case .assertion(let assertion):
        instructions.append(.assertion(assertion))
      case .lookaround(let body, let isAhead, let isNegative):
        lookarounds.append(
          Lookaround(
            program: Program(compiling: body), isAhead: isAhead, isNegative: isNegative,
            maximumWidth: body.width.maximum))
        instructions.append(.lookaround(lookarounds.count - 1))
      }
    }
  }
}
