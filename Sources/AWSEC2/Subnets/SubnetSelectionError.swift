extension EC2 {
  /// A subnet selection that a VPC cannot satisfy, with the AWS CDK's message.
  public struct SubnetSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable code: `NoSubnetsOfType`, `NoSubnetGroupWithName`, `AmbiguousSubnetSelection`.
    public let code: String
    /// What is wrong, e.g. "There are no 'Private' subnet groups in this VPC. Available types: Public".
    public let message: String
    /// The path of the VPC.
    public let path: String

    /// A selection error about the VPC at `path`.
    public init(code: String, message: String, path: String) {
      self.code = code
      self.message = message
      self.path = path
    }

    /// `[path] code: message`.
    public var description: String { "[\(path)] \(code): \(message)" }
  }
}
