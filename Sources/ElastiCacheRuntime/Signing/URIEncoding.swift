/// Percent-encoding as Signature Version 4 requires it (RFC 3986).
enum URIEncoding {
  /// Encodes every UTF-8 byte of `string` as `%XX` (upper-case hex) except the RFC 3986
  /// unreserved characters `A–Z a–z 0–9 - . _ ~`. A space becomes `%20`, never `+`.
  static func encode(_ string: some StringProtocol) -> String {
    var encoded = ""
    encoded.reserveCapacity(string.utf8.count)
    for byte in string.utf8 {
      if isUnreserved(byte) {
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        encoded += "%" + Hex.byte(byte, uppercase: true)
      }
    }
    return encoded
  }

  /// Encodes `items` as a query string `name=value&…`, in the given order.
  static func query(_ items: [SigV4Request.Field]) -> String {
    items.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: "~"):
      true
    default:
      false
    }
  }
}
