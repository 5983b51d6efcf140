/// An IPv4 CIDR block, with the AWS CDK's arithmetic (addresses as integers, blocks aligned to their size).
struct CidrBlock {
  let mask: Int
  /// An address inside the block: the block is the aligned range of `2^(32-mask)` addresses containing it.
  private let anyAddress: Int

  /// The block with this mask that contains the last address of the range starting at `address`
  /// (so an unaligned start moves up to the next aligned block, as in the AWS CDK).
  init(startingAt address: Int, mask: Int) {
    self.mask = mask
    anyAddress = address + Self.size(ofMask: mask) - 1
  }

  /// Parses `a.b.c.d/mask` as the AWS CDK does.
  init(parsing cidr: String) throws(EC2Error) {
    let parts = cidr.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count >= 2, let mask = Self.leadingInteger(parts[1]), (0...32).contains(mask) else {
      throw EC2Error(
        code: "InvalidCidr", message: "'\(cidr)' is not a valid CIDR block. Give an IPv4 range such as 10.0.0.0/16.")
    }
    self.init(startingAt: try Self.number(ofAddress: String(parts[0])), mask: mask)
  }

  /// The number of addresses in a block with this mask.
  static func size(ofMask mask: Int) -> Int { 1 << (32 - mask) }

  var size: Int { Self.size(ofMask: mask) }
  var minAddress: Int { anyAddress - anyAddress % size }
  var maxAddress: Int { minAddress + size - 1 }
  /// The next block of the same size.
  var nextBlock: CidrBlock { CidrBlock(startingAt: maxAddress + 1, mask: mask) }
  /// `a.b.c.d/mask`, from the first address.
  var cidr: String { "\(Self.address(ofNumber: minAddress))/\(mask)" }

  /// An address as an integer; each part is read like JavaScript's `parseInt`.
  static func number(ofAddress address: String) throws(EC2Error) -> Int {
    let octets = address.split(separator: ".", omittingEmptySubsequences: false).map(leadingInteger)
    guard octets.count == 4 else { throw EC2Error(code: "InvalidIPAddress", message: "\(address) is not valid") }
    var number = 0
    for octet in octets {
      guard let octet, (0...255).contains(octet) else {
        throw EC2Error(code: "InvalidIPAddress", message: "\(address) is not valid")
      }
      number = number * 256 + octet
    }
    return number
  }

  static func address(ofNumber number: Int) -> String {
    (0..<4).map { String((number >> (8 * (3 - $0))) & 0xFF) }.joined(separator: ".")
  }

  /// The integer at the start of `text`, as JavaScript's `parseInt(text, 10)` reads it.
  private static func leadingInteger(_ text: Substring) -> Int? {
    let trimmed = text.drop { $0 == " " }
    let digits = trimmed.prefix { $0.isASCIIDigit }
    return digits.isEmpty ? nil : Int(digits.prefix(10))
  }
}
