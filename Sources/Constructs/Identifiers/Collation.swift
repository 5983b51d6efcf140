import Foundation

/// String ordering like JavaScript's `localeCompare` with the root locale (ICU), which the AWS CDK uses
/// to order `DependsOn` entries by construct path and tags by key.
///
/// Strings compare first by base characters (whitespace, then punctuation, symbols and currency signs,
/// then digits, then letters without regard to case or accents), then by accents, then by case
/// (lowercase first).
enum Collation {
  private static let punctuationOrder = Array("_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".unicodeScalars)

  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let left = CollationKey(lhs)
    let right = CollationKey(rhs)
    if left.primary != right.primary { return left.primary.lexicographicallyPrecedes(right.primary) }
    if left.secondary != right.secondary { return left.secondary.lexicographicallyPrecedes(right.secondary) }
    if left.tertiary != right.tertiary { return left.tertiary.lexicographicallyPrecedes(right.tertiary) }
    return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
  }

  /// The weights of a string at the three levels of comparison.
  private struct CollationKey {
    var primary: [UInt32] = []
    var secondary: [UInt32] = []
    var tertiary: [UInt8] = []

    init(_ text: String) {
      for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
          if !secondary.isEmpty { secondary[secondary.count - 1] += scalar.value }
        default:
          primary.append(Collation.primaryWeight(scalar))
          secondary.append(0)
          tertiary.append(scalar.properties.isUppercase ? 1 : 0)
        }
      }
    }
  }

  /// The base character's weight: its group (whitespace, punctuation, other symbols, digits, Latin
  /// letters, other letters) in the high byte, its place in the group below.
  private static func primaryWeight(_ scalar: Unicode.Scalar) -> UInt32 {
    let properties = scalar.properties
    if properties.isWhitespace { return scalar.value }
    if let index = punctuationOrder.firstIndex(of: scalar) { return 1 << 24 | UInt32(index) }
    if ("0"..."9").contains(scalar) { return 3 << 24 | scalar.value }
    if ("a"..."z").contains(scalar) { return 4 << 24 | (scalar.value - 0x61) }
    if ("A"..."Z").contains(scalar) { return 4 << 24 | (scalar.value - 0x41) }
    if properties.isAlphabetic { return 5 << 24 | (properties.lowercaseMapping.unicodeScalars.first ?? scalar).value }
    return 2 << 24 | scalar.value
  }
}
