import Constructs

/// The NAT gateways of a VPC by availability zone: a private subnet uses the gateway in its own zone, or
/// else the gateways in turn (the AWS CDK's `PrefSet`).
struct NATGatewayChoice {
  private var gateways: [(zone: StringValue, gatewayID: StringValue)] = []
  private var next = 0

  mutating func add(zone: StringValue, gatewayID: StringValue) { gateways.append((zone, gatewayID)) }

  /// The gateway for a subnet in `zone`.
  mutating func pick(for zone: StringValue) throws(EC2Error) -> StringValue {
    guard !gateways.isEmpty else { throw EC2Error(code: "NoNATGateway", message: "Cannot pick, set is empty") }
    if let match = gateways.last(where: { $0.zone == zone }) { return match.gatewayID }
    defer { next += 1 }
    return gateways[next % gateways.count].gatewayID
  }
}
