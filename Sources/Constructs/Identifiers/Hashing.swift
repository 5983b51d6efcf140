import Crypto
import Foundation

/// The hashes the AWS CDK uses to derive identifiers.
package enum Hashing {
  /// The MD5 digest of the UTF-8 text, as lowercase hex.
  static func md5Hex(_ text: String) -> String {
    hex(Insecure.MD5.hash(data: Array(text.utf8)))
  }

  /// The SHA-1 digest of the bytes, as lowercase hex.
  static func sha1Hex(_ bytes: some Sequence<UInt8>) -> String {
    hex(Insecure.SHA1.hash(data: Array(bytes)))
  }

  /// The SHA-256 digest of the bytes, as lowercase hex.
  static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
    hex(SHA256.hash(data: Array(bytes)))
  }

  /// The SHA-256 digest of the UTF-8 text, base64-encoded (as Node.js's `digest("base64")` gives it), such
  /// as the digest that names the permission a Lambda function's `grantInvoke` creates.
  package static func sha256Base64(_ text: String) -> String {
    Data(SHA256.hash(data: Array(text.utf8))).base64EncodedString()
  }

  private static func hex(_ digest: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var result: [UInt8] = []
    for byte in digest {
      result.append(digits[Int(byte >> 4)])
      result.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: result, as: UTF8.self)
  }
}
