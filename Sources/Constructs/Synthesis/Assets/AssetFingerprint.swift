import Crypto
import Foundation

/// The AWS CDK's fingerprint of a file or directory (`FileSystem.fingerprint`), which names a file asset.
///
/// A SHA-256 over framed fields: the options (extra hash, symbolic link mode), then for each file in the
/// walk order its relative path and the fingerprint of its contents, and for each link kept as a link
/// its relative path and target. Text files are fingerprinted with CRLF line endings read as LF, so the
/// hash does not depend on how a checkout stores line endings.
enum AssetFingerprint {
  private static let chunkSize = 8 * 1024
  private static let startOfHeading: UInt8 = 0x01
  private static let startOfText: UInt8 = 0x02
  private static let endOfText: UInt8 = 0x03

  /// The fingerprint of the file or directory at `path` (which must exist), as lowercase hex.
  static func fingerprint(of path: String, extraHash: String) throws -> String {
    var hash = SHA256()
    update(&hash, field: "options.extra", extraHash)
    update(&hash, field: "options.follow", "external")
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if isDirectory.boolValue {
      let walker = AssetDirectoryWalker(directory: path)
      try walker.walk { entry in
        switch entry {
        case .directory:
          break
        case .file(let relativePath, let realPath):
          update(&hash, field: "file:\(relativePath)", try contentFingerprint(of: realPath))
        case .symlink(let relativePath, let linkTarget, let resolvedTarget, let isInternal):
          let target =
            isInternal && linkTarget.hasPrefix("/")
            ? Self.path(resolvedTarget, relativeTo: walker.root) : linkTarget
          update(&hash, field: "link:\(relativePath)", target)
        }
      }
    } else {
      update(&hash, field: "file:", try contentFingerprint(of: AssetDirectoryWalker.canonicalPath(path)))
    }
    return hex(hash.finalize())
  }

  /// `<size>:<sha256>` of a file's contents. Read in 8 KiB chunks as the CDK reads them: a file whose first
  /// chunk holds a NUL byte is binary and hashed as is; otherwise each chunk is decoded as UTF-8 and CRLF
  /// becomes LF (a chunk ending in CR waits for the next one). A final lone CR is hashed but not counted.
  static func contentFingerprint(of path: String) throws -> String {
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    var hash = SHA256()
    var size = 0
    var isBinary = false
    var pending: [UInt8] = []
    while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
      let bytes = [UInt8](chunk)
      if size == 0 { isBinary = bytes.contains(0) }
      if isBinary {
        size += bytes.count
        hash.update(data: bytes)
        continue
      }
      let text = Array(String(decoding: bytes, as: UTF8.self).utf8)
      if text.last == 0x0D {
        pending += text
        continue
      }
      let normalized = replacingCRLF(pending + text)
      pending = []
      size += normalized.count
      hash.update(data: normalized)
    }
    if !pending.isEmpty { hash.update(data: pending) }
    return "\(size):\(hex(hash.finalize()))"
  }

  private static func replacingCRLF(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == 0x0D, index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A {
        result.append(0x0A)
        index += 2
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  private static func path(_ path: String, relativeTo root: String) -> String {
    path == root ? "" : String(path.dropFirst(root.count + 1))
  }

  private static func update(_ hash: inout SHA256, field header: String, _ value: String) {
    hash.update(data: [startOfHeading] + Array(header.utf8) + [startOfText] + Array(value.utf8) + [endOfText])
  }

  private static func hex(_ digest: SHA256.Digest) -> String {
    digest.map { String(format: "%02x", $0) }.joined()
  }
}
