extension IAM {
  /// Whether a policy statement allows or denies what it describes.
  public enum Effect: String, Sendable {
    /// `"Allow"`.
    case allow = "Allow"
    /// `"Deny"`.
    case deny = "Deny"
  }
}
