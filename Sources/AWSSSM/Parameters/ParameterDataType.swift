extension SSM {
  /// What a `String` parameter's value holds, which Systems Manager validates.
  public enum ParameterDataType: String, Sendable, CaseIterable {
    /// Any text (the default).
    case text = "text"
    /// An Amazon Machine Image id, such as `ami-12345678`.
    case awsEC2Image = "aws:ec2:image"
  }
}
