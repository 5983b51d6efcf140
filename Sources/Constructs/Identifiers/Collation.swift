/// String ordering like JavaScript's `localeCompare` with the root locale, which the AWS CDK uses to
/// order `DependsOn` entries by construct path: punctuation before digits before letters, letters
/// compared without case first, then lowercase before uppercase.
enum Collation {
  private static let punctuationOrder = Array("_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".unicodeScalars)

  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let left = Array(lhs.unicodeScalars)
    let right = Array(rhs.unicodeScalars)
    let leftPrimary = left.map(primaryWeight)
    let rightPrimary = right.map(primaryWeight)
    if leftPrimary != rightPrimary { return leftPrimary.lexicographicallyPrecedes(rightPrimary) }
    for (l, r) in zip(left, right) where l != r {
      let leftIsLower = l.properties.isLowercase
      let rightIsLower = r.properties.isLowercase
      if leftIsLower != rightIsLower { return leftIsLower }
      return l.value < r.value
    }
    return left.count < right.count
  }

  private static func primaryWeight(_ scalar: Unicode.Scalar) -> UInt32 {
    if scalar.properties.isWhitespace { return scalar.value }
    if let index = punctuationOrder.firstIndex(of: scalar) { return 0x100 + UInt32(index) }
    if ("0"..."9").contains(scalar) { return 0x200 + scalar.value }
    if ("a"..."z").contains(scalar) { return 0x300 + scalar.value - 0x61 }
    if ("A"..."Z").contains(scalar) { return 0x300 + scalar.value - 0x41 }
    return 0x1000 + scalar.value
  }
}
