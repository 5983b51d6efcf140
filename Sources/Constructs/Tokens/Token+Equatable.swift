extension Token: Equatable {
  /// Two tokens are equal when they stand for the same thing: the same attribute of the same element,
  /// the same intrinsic with equal arguments, or the very same lazy value.
  public static func == (lhs: Token, rhs: Token) -> Bool {
    switch (lhs.kind, rhs.kind) {
    case (.reference(let left), .reference(let right)):
      left === right || left.isSameTarget(as: right)
    case (.intrinsic(let leftName, let leftArgument), .intrinsic(let rightName, let rightArgument)):
      leftName == rightName && leftArgument == rightArgument
    case (.join(let leftDelimiter, let leftElements), .join(let rightDelimiter, let rightElements)):
      leftDelimiter == rightDelimiter && leftElements == rightElements
    case (.lazy(let left), .lazy(let right)):
      left === right
    default:
      false
    }
  }
}
