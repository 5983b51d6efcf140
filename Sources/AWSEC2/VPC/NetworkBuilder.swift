/// Allocates subnet CIDR blocks from a VPC's range, one after the other, as the AWS CDK does.
struct NetworkBuilder {
  let network: CidrBlock
  private var nextAddress: Int

  init(_ network: CidrBlock) {
    self.network = network
    nextAddress = network.minAddress
  }

  /// The next block with `mask`.
  mutating func addSubnet(mask: Int) throws(EC2Error) -> String {
    guard (16...28).contains(mask) else { throw Self.invalidRange("\(mask)") }
    guard network.maxAddress >= nextAddress + CidrBlock.size(ofMask: mask) - 1 else {
      throw EC2Error(
        code: "SubnetCountExceedsRemainingSpace", message: "1 of /\(mask) exceeds remaining space of \(network.cidr)")
    }
    let subnet = CidrBlock(startingAt: nextAddress, mask: mask)
    nextAddress = subnet.nextBlock.minAddress
    return subnet.cidr
  }

  /// The largest mask that fits `count` equal subnets into the space left.
  func maskForRemainingSubnets(_ count: Int) throws(EC2Error) -> Int {
    let addressesPerSubnet = (network.maxAddress - nextAddress + 1) / count
    guard addressesPerSubnet >= 1 else { throw Self.invalidRange("Infinity") }
    return 32 - (Int.bitWidth - 1 - addressesPerSubnet.leadingZeroBitCount)
  }

  private static func invalidRange(_ mask: String) -> EC2Error {
    EC2Error(
      code: "InvalidCidrRange",
      message:
        "x.x.x.x/\(mask) is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28."
    )
  }
}
