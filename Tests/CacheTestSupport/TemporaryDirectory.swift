package import Foundation

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
package struct TemporaryDirectory {
  package let url: URL

  package init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("elasticache-runtime-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the directory.
  package func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  package func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
