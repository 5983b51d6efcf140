/// A path that could not be checked: missing, unreadable, not JSON or YAML, or not a CloudFormation template.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path as given.
  public let path: String
  /// What is wrong and how to fix it.
  public let message: String
  /// Whether the file was read but holds no template (a directory scan skips such files).
  let isNotATemplate: Bool

  /// An error about `path`.
  public init(path: String, message: String) {
    self.init(path: path, message: message, isNotATemplate: false)
  }

  init(path: String, message: String, isNotATemplate: Bool) {
    self.path = path
    self.message = message
    self.isNotATemplate = isNotATemplate
  }

  public var description: String { "\(path): \(message)" }
}
