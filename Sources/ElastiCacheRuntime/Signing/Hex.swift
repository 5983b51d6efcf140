/// Hexadecimal encoding of bytes.
enum Hex {
  private static let lowercaseDigits = Array("0123456789abcdef".utf8)
  private static let uppercaseDigits = Array("0123456789ABCDEF".utf8)

  /// Lower-case hex of `bytes`, as SigV4 writes hashes and signatures.
  static func encode(_ bytes: some Sequence<UInt8>) -> String {
    var text = ""
    for byte in bytes {
      text += self.byte(byte, uppercase: false)
    }
    return text
  }

  /// The two hex digits of `byte`.
  static func byte(_ byte: UInt8, uppercase: Bool) -> String {
    let digits = uppercase ? uppercaseDigits : lowercaseDigits
    return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
  }
}
