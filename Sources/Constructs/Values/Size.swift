import CloudFormationModel

/// An amount of data, such as a cache's storage limit.
public struct Size: Sendable, Equatable {
  /// A unit of data.
  public enum Unit: Int, Sendable {
    case bytes = 0
    case kibibytes, mebibytes, gibibytes, tebibytes, pebibytes

    var bytes: Double { pow1024(rawValue) }

    var label: String {
      switch self {
      case .bytes: "bytes"
      case .kibibytes: "kibibytes"
      case .mebibytes: "mebibytes"
      case .gibibytes: "gibibytes"
      case .tebibytes: "tebibytes"
      case .pebibytes: "pebibytes"
      }
    }
  }

  /// How to convert an amount that is not a whole number of the target unit.
  public enum Rounding: Sendable {
    /// Report an error.
    case fail
    /// Round down.
    case floor
    /// Keep the fraction.
    case none
  }

  /// The amount, in `unit`.
  public let amount: Double
  /// The unit of `amount`.
  public let unit: Unit

  /// An amount in a unit.
  public init(_ amount: Double, _ unit: Unit) {
    self.amount = amount
    self.unit = unit
  }

  /// `amount` bytes.
  public static func bytes(_ amount: Double) -> Size { Size(amount, .bytes) }
  /// `amount` KiB.
  public static func kibibytes(_ amount: Double) -> Size { Size(amount, .kibibytes) }
  /// `amount` MiB.
  public static func mebibytes(_ amount: Double) -> Size { Size(amount, .mebibytes) }
  /// `amount` GiB.
  public static func gibibytes(_ amount: Double) -> Size { Size(amount, .gibibytes) }
  /// `amount` TiB.
  public static func tebibytes(_ amount: Double) -> Size { Size(amount, .tebibytes) }
  /// `amount` PiB.
  public static func pebibytes(_ amount: Double) -> Size { Size(amount, .pebibytes) }

  /// The amount in `target` units.
  public func to(_ target: Unit, rounding: Rounding = .fail) throws(SizeConversionError) -> Double {
    let value = amount * unit.bytes / target.bytes
    switch rounding {
    case .none: return value
    case .floor: return value.rounded(.down)
    case .fail:
      guard value == value.rounded() else {
        throw SizeConversionError(
          message:
            "'\(CfnValue.number(amount).resolvedLiteral?.jsonString() ?? "") \(unit.label)' cannot be converted into a whole number of \(target.label)."
        )
      }
      return value
    }
  }

  /// The amount in GiB.
  public func toGibibytes(rounding: Rounding = .fail) throws(SizeConversionError) -> Double {
    try to(.gibibytes, rounding: rounding)
  }
}

/// A size cannot be expressed as a whole number of the requested unit.
public struct SizeConversionError: Error, Sendable, CustomStringConvertible {
  /// What cannot be converted.
  public let message: String
  public var description: String { message }
}

private func pow1024(_ exponent: Int) -> Double {
  (0..<exponent).reduce(1.0) { value, _ in value * 1024 }
}
