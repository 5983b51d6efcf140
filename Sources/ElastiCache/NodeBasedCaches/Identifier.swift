/// The rules ElastiCache applies to the identifiers of replication groups and cache clusters: a letter
/// first, then letters, digits and hyphens, no hyphen at the end and no two in a row.
enum Identifier {
  /// An ASCII letter.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// An ASCII letter, digit or hyphen.
  static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
  }

  /// What is wrong with `id` as an identifier of at most `maxLength` characters, as clauses of a sentence
  /// (`must begin with a letter`); empty when nothing is.
  static func violations(of id: String, maxLength: Int) -> [String] {
    let scalars = Array(id.unicodeScalars)
    var violations: [String] = []
    if scalars.isEmpty || scalars.count > maxLength {
      violations.append("must have 1 to \(maxLength) characters (it has \(scalars.count))")
    }
    if let first = scalars.first, !isLetter(first) { violations.append("must begin with a letter") }
    if !scalars.allSatisfy(isNameCharacter) { violations.append("may contain only ASCII letters, digits and hyphens") }
    if scalars.last == "-" { violations.append("must not end with a hyphen") }
    if id.contains("--") { violations.append("must not contain two consecutive hyphens") }
    return violations
  }

  /// `a`, `a and b`, `a, b and c`.
  static func sentence(_ parts: [String]) -> String {
    guard let last = parts.last, parts.count > 1 else { return parts.first ?? "" }
    return parts.dropLast().joined(separator: ", ") + " and " + last
  }
}
