/// A nondeterministic automaton over bytes for one or more glob patterns: the union of their languages.
///
/// A pattern of `n` elements has states `0...n`: state `i` is "before element `i`", state `n` accepts. A `*`
/// element loops on every byte and moves on without one; any other element moves on over its byte set.
struct GlobAutomaton {
  private struct State: Hashable {
    let pattern: Int
    let position: Int
  }

  private let patterns: [[GlobPattern.Element]]

  init(_ pattern: GlobPattern) { patterns = [pattern.elements] }

  init(union: [GlobPattern]) { patterns = union.map(\.elements) }

  private var startStates: Set<State> {
    closure(Set(patterns.indices.map { State(pattern: $0, position: 0) }))
  }

  /// The states reachable from `states` through `*` elements without reading a byte.
  private func closure(_ states: Set<State>) -> Set<State> {
    var result = states
    var pending = Array(states)
    while let state = pending.popLast() {
      let elements = patterns[state.pattern]
      guard state.position < elements.count, elements[state.position] == .anySequence else { continue }
      let next = State(pattern: state.pattern, position: state.position + 1)
      if result.insert(next).inserted { pending.append(next) }
    }
    return result
  }

  private func isAccepting(_ state: State) -> Bool { state.position == patterns[state.pattern].count }

  /// The transitions out of a state: the bytes read and the state reached (before closure).
  private func transitions(of state: State) -> [(ByteSet, State)] {
    let elements = patterns[state.pattern]
    guard state.position < elements.count else { return [] }
    switch elements[state.position] {
    case .anySequence: return [(.all, state)]
    case .byte(let set): return [(set, State(pattern: state.pattern, position: state.position + 1))]
    }
  }

  private func step(_ states: Set<State>, over byte: UInt8) -> Set<State> {
    var next = Set<State>()
    for state in states {
      for (set, target) in transitions(of: state) where set.contains(byte) { next.insert(target) }
    }
    return closure(next)
  }

  func accepts(_ bytes: [UInt8]) -> Bool {
    var states = startStates
    for byte in bytes {
      states = step(states, over: byte)
      if states.isEmpty { return false }
    }
    return states.contains(where: isAccepting)
  }

  /// Whether some byte string is accepted by both automata.
  func intersects(_ other: GlobAutomaton) -> Bool {
    struct Pair: Hashable {
      let left: State
      let right: State
    }
    var seen = Set<Pair>()
    var pending: [Pair] = []
    for left in startStates {
      for right in other.startStates where seen.insert(Pair(left: left, right: right)).inserted {
        pending.append(Pair(left: left, right: right))
      }
    }
    while let pair = pending.popLast() {
      if isAccepting(pair.left) && other.isAccepting(pair.right) { return true }
      for (leftSet, leftTarget) in transitions(of: pair.left) {
        for (rightSet, rightTarget) in other.transitions(of: pair.right)
        where !leftSet.intersection(rightSet).isEmpty {
          for left in closure([leftTarget]) {
            for right in other.closure([rightTarget]) where seen.insert(Pair(left: left, right: right)).inserted {
              pending.append(Pair(left: left, right: right))
            }
          }
        }
      }
    }
    return false
  }

  /// Whether every byte string this automaton accepts is accepted by `other`: explores this automaton's states
  /// with the subset of `other`'s states, looking for a string this one accepts and `other` does not.
  ///
  /// - Returns: `nil` when more than `budget` combined states would be explored.
  func isContained(in other: GlobAutomaton, budget: Int) -> Bool? {
    struct Configuration: Hashable {
      let mine: State
      let theirs: Set<State>
    }
    let representatives = Self.representativeBytes(of: labels + other.labels)
    var seen = Set<Configuration>()
    var pending: [Configuration] = []
    let otherStart = other.startStates
    for state in startStates where seen.insert(Configuration(mine: state, theirs: otherStart)).inserted {
      pending.append(Configuration(mine: state, theirs: otherStart))
    }
    while let configuration = pending.popLast() {
      if isAccepting(configuration.mine) && !configuration.theirs.contains(where: other.isAccepting) { return false }
      for (set, target) in transitions(of: configuration.mine) {
        let targets = closure([target])
        var reached: [Set<State>: Void] = [:]
        for byte in representatives where set.contains(byte) {
          reached[other.step(configuration.theirs, over: byte)] = ()
        }
        for theirs in reached.keys {
          for mine in targets where seen.insert(Configuration(mine: mine, theirs: theirs)).inserted {
            guard seen.count <= budget else { return nil }
            pending.append(Configuration(mine: mine, theirs: theirs))
          }
        }
      }
    }
    return true
  }

  /// Every byte set the automaton reads.
  private var labels: [ByteSet] {
    patterns.flatMap { elements in
      elements.compactMap { element in
        if case .byte(let set) = element { set } else { nil }
      }
    }
  }

  /// One byte of each class of bytes that no label tells apart: stepping over any byte of a class leads to the
  /// same states, so one stands for all.
  private static func representativeBytes(of labels: [ByteSet]) -> [UInt8] {
    var seen = Set<[Bool]>()
    return (0...255).map(UInt8.init).filter { byte in
      seen.insert(labels.map { $0.contains(byte) }).inserted
    }
  }
}
