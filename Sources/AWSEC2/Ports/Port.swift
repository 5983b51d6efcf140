public import Constructs

extension EC2 {
  /// The protocol and port range a security group rule allows, such as `.tcp(6379)` or `.allTraffic()`.
  ///
  /// A port whose numbers are tokens (such as a cache's endpoint port) cannot be written inline in a
  /// security group, so rules with it become separate `AWS::EC2::SecurityGroupIngress`/`Egress` resources,
  /// and it reads `{IndirectPort}` in rule ids and descriptions, as in the AWS CDK.
  public struct Port: Equatable, CustomStringConvertible {
    /// The IP protocol: `tcp`, `udp`, `icmp`, `icmpv6`, `-1` (all) or a protocol number.
    public let ipProtocol: String
    /// The first port (or the ICMP type); `nil` for all traffic.
    public let fromPort: NumberValue?
    /// The last port (or the ICMP code); `nil` for all traffic.
    public let toPort: NumberValue?
    /// How the port appears in rule ids and default descriptions, such as `6379`, `8000-8100` or `ALL TRAFFIC`.
    public let description: String

    /// A port range of any protocol, shown as `stringRepresentation` in rule ids and descriptions.
    public init(
      ipProtocol: String, fromPort: NumberValue? = nil, toPort: NumberValue? = nil, stringRepresentation: String
    ) {
      self.ipProtocol = ipProtocol
      self.fromPort = fromPort
      self.toPort = toPort
      self.description = stringRepresentation
    }

    /// A single TCP port.
    public static func tcp(_ port: Int) -> Port { tcp(NumberValue(port)) }

    /// A single TCP port that may be a token, such as a cache's endpoint port.
    public static func tcp(_ port: NumberValue) -> Port {
      Port(ipProtocol: "tcp", fromPort: port, toPort: port, stringRepresentation: render(port))
    }

    /// A range of TCP ports.
    public static func tcpRange(_ startPort: Int, _ endPort: Int) -> Port {
      tcpRange(NumberValue(startPort), NumberValue(endPort))
    }

    /// A range of TCP ports that may be tokens.
    public static func tcpRange(_ startPort: NumberValue, _ endPort: NumberValue) -> Port {
      Port(
        ipProtocol: "tcp", fromPort: startPort, toPort: endPort,
        stringRepresentation: "\(render(startPort))-\(render(endPort))")
    }

    /// All TCP ports.
    public static func allTCP() -> Port {
      Port(ipProtocol: "tcp", fromPort: 0, toPort: 65535, stringRepresentation: "ALL PORTS")
    }

    /// A single UDP port.
    public static func udp(_ port: Int) -> Port { udp(NumberValue(port)) }

    /// A single UDP port that may be a token.
    public static func udp(_ port: NumberValue) -> Port {
      Port(ipProtocol: "udp", fromPort: port, toPort: port, stringRepresentation: "UDP \(render(port))")
    }

    /// A range of UDP ports.
    public static func udpRange(_ startPort: Int, _ endPort: Int) -> Port {
      udpRange(NumberValue(startPort), NumberValue(endPort))
    }

    /// A range of UDP ports that may be tokens.
    public static func udpRange(_ startPort: NumberValue, _ endPort: NumberValue) -> Port {
      Port(
        ipProtocol: "udp", fromPort: startPort, toPort: endPort,
        stringRepresentation: "UDP \(render(startPort))-\(render(endPort))")
    }

    /// All UDP ports.
    public static func allUDP() -> Port {
      Port(ipProtocol: "udp", fromPort: 0, toPort: 65535, stringRepresentation: "UDP ALL PORTS")
    }

    /// An ICMP type and code.
    public static func icmpTypeAndCode(_ type: Int, _ code: Int) -> Port {
      Port(
        ipProtocol: "icmp", fromPort: NumberValue(type), toPort: NumberValue(code),
        stringRepresentation: "ICMP Type \(type) Code \(code)")
    }

    /// An ICMP type with any code.
    public static func icmpType(_ type: Int) -> Port {
      Port(ipProtocol: "icmp", fromPort: NumberValue(type), toPort: -1, stringRepresentation: "ICMP Type \(type)")
    }

    /// ICMP echo requests (type 8), as `ping` sends them.
    public static func icmpPing() -> Port { icmpType(8) }

    /// All ICMP traffic.
    public static func allICMP() -> Port {
      Port(ipProtocol: "icmp", fromPort: -1, toPort: -1, stringRepresentation: "ALL ICMP")
    }

    /// All ICMPv6 traffic.
    public static func allICMPv6() -> Port {
      Port(ipProtocol: "icmpv6", fromPort: -1, toPort: -1, stringRepresentation: "ALL ICMPv6")
    }

    /// All traffic, of every protocol and port.
    public static func allTraffic() -> Port { Port(ipProtocol: "-1", stringRepresentation: "ALL TRAFFIC") }

    /// Whether a rule with this port can be written inline in a security group: its numbers are not tokens.
    public var canInlineRule: Bool { fromPort?.isUnresolved != true && toPort?.isUnresolved != true }

    /// The protocol and port fields of a rule (`IpProtocol`, `FromPort`, `ToPort`).
    public func toRuleJSON() -> SecurityGroupRule {
      SecurityGroupRule(ipProtocol: ipProtocol, fromPort: fromPort, toPort: toPort)
    }

    /// A port number as the AWS CDK shows it: the number, or `{IndirectPort}` for a token.
    private static func render(_ port: NumberValue) -> String { port.asString.literal ?? "{IndirectPort}" }
  }
}
