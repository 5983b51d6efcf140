extension EC2 {
  /// Where instances launched in a VPC run by default.
  public enum DefaultInstanceTenancy: String, Sendable {
    /// On shared hardware.
    case `default` = "default"
    /// On hardware dedicated to the account.
    case dedicated = "dedicated"
    /// On dedicated hosts.
    case host = "host"
  }
}
