import Diagnostics

/// The check that the construct tree is not deeper than synthesis supports (``Node/maximumDepth``): every
/// construct's path appears in the cloud assembly, so a deeper tree would make it grow with the square of the
/// depth. Walked without recursion, so any depth is reported rather than crashing.
enum ConstructTreeDepth {
  /// The error on the first construct deeper than ``Node/maximumDepth``, if there is one.
  static func problem(in root: Construct) -> Diagnostic? {
    var pending: [(node: Node, depth: Int)] = [(root.node, 0)]
    while let (node, depth) = pending.popLast() {
      guard depth <= Node.maximumDepth else {
        return Diagnostic(
          Problem(
            .constructTreeTooDeep,
            "This construct is \(depth) levels below the app; synthesis supports at most \(Node.maximumDepth) levels.",
            fix: "Nest constructs less deeply: add them to a shallower scope instead of to each other."),
          path: node.path)
      }
      pending += node.children.reversed().map { ($0.node, depth + 1) }
    }
    return nil
  }
}
