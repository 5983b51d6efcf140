extension SSM {
  /// The storage tier of a parameter: how long its value may be and whether policies can be attached.
  public enum ParameterTier: String, Sendable, CaseIterable {
    /// Values up to 4 KB, no parameter policies, no charge.
    case standard = "Standard"
    /// Values up to 8 KB, parameter policies.
    case advanced = "Advanced"
    /// Standard unless the value or a policy needs advanced.
    case intelligentTiering = "Intelligent-Tiering"
  }
}
