import Foundation

/// Reads the secret payload from a local file, for local runs and tests.
public struct FileSecretLoader: CacheSecretLoader {
  /// The file's path.
  public var path: String

  /// Creates a loader for the file at `path`.
  public init(path: String) {
    self.path = path
  }

  /// Reads the file as UTF-8.
  ///
  /// - Throws: ``CacheSecretLoaderError`` with code ``CacheSecretLoaderError/Code/unreadable``.
  public func loadSecret() async throws(CacheSecretLoaderError) -> String {
    do {
      return try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw CacheSecretLoaderError(
        code: .unreadable,
        message: """
          Could not read the Redis secret file at \(path) (\(error.localizedDescription)). \
          Check the path and that the file is readable UTF-8 JSON.
          """
      )
    }
  }
}
