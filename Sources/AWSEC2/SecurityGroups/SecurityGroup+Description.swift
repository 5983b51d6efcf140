extension EC2.SecurityGroup {
  /// The most characters EC2 allows in a group description.
  public static let maximumDescriptionLength = 255

  /// The characters EC2 allows in a group description besides ASCII letters and digits (the pattern of the
  /// resource schema's `GroupDescription`).
  static let descriptionPunctuation: Set<Unicode.Scalar> = Set(" ._-:/()#,@[]+=&;{}!$*".unicodeScalars)

  /// A description derived from construct ids or paths, made one that EC2 accepts: the characters it does not
  /// allow are left out and the text is cut to ``maximumDescriptionLength`` characters. A description the user
  /// gives is not changed: a wrong one is reported.
  package static func sanitizedDescription(_ text: String) -> String {
    let allowed = text.unicodeScalars.filter { scalar in
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || descriptionPunctuation.contains(scalar)
    }
    return String(String.UnicodeScalarView(allowed.prefix(maximumDescriptionLength)))
  }
}
