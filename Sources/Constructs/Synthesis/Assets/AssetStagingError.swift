/// A file or directory cannot be made into an asset.
public struct AssetStagingError: Error, Sendable, CustomStringConvertible {
  /// A stable identifier of the problem, such as `CannotFindAsset`.
  public let code: String
  /// What is wrong, with the path concerned.
  public let message: String

  public var description: String { message }
}
