/// The user id and name of a service: its name lowercased with everything but ASCII letters and digits
/// removed, at most 32 characters (`enrollment-api` → `enrollmentapi`).
public enum ServiceUserName {
  /// The longest user name a service gets.
  public static let maximumLength = 32

  /// The normalized name, or `nil` when nothing is left of `serviceName`.
  public static func normalize(_ serviceName: String) -> String? {
    let kept = serviceName.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    let name = String(String.UnicodeScalarView(kept.prefix(maximumLength)))
    return name.isEmpty ? nil : name
  }
}
