/// A statistic string as the AWS CDK parses it: a simple statistic (`Average`, `Sum`, ...), `IQM`, a
/// single-value extended statistic (`p99`, `tm90`, ...), a range statistic (`TM(10%:90%)`, `PR(:300)`,
/// ...), or a string it does not recognize (kept as given, with a warning).
enum Statistic: Equatable {
  case simple(String)
  case extended(String)
  case single(String)
  case range(String)
  case unparseable(String)

  private static let simpleStatistics: [String: String] = [
    "average": "Average", "avg": "Average", "minimum": "Minimum", "min": "Minimum", "maximum": "Maximum",
    "max": "Maximum", "samplecount": "SampleCount", "n": "SampleCount", "sum": "Sum",
  ]
  private static let singlePrefixes = ["p", "tm", "wm", "tc", "ts"]
  private static let rangePrefixes = ["PR", "TM", "WM", "TC", "TS"]

  /// Parses `text` as the AWS CDK does.
  init(parsing text: String) {
    let lowercased = text.lowercased()
    if let simple = Self.simpleStatistics[lowercased] {
      self = .simple(simple)
    } else if lowercased == "iqm" {
      self = .extended("IQM")
    } else if Self.singlePrefixes.contains(where: { Self.isSingle(text, prefix: $0) }) {
      self = .single(text)
    } else if Self.rangePrefixes.contains(where: { Self.isRange(text, prefix: $0) }) {
      self = .range(text)
    } else {
      self = .unparseable(text)
    }
  }

  /// The statistic as a metric stores it: simple statistics in their canonical spelling, single-value
  /// statistics in lower case, range statistics in upper case, anything else as given.
  var normalized: String {
    switch self {
    case .simple(let statistic), .extended(let statistic), .unparseable(let statistic): statistic
    case .single(let text): text.lowercased()
    case .range(let text): text.uppercased()
    }
  }

  /// Whether the statistic goes to an alarm's `Statistic` (else to `ExtendedStatistic`).
  var isSimple: Bool {
    if case .simple = self { return true }
    return false
  }

  /// `prefix` (any case), then a decimal number between 0 and 100.
  private static func isSingle(_ text: String, prefix: String) -> Bool {
    guard text.count > prefix.count, text.lowercased().hasPrefix(prefix.lowercased()) else { return false }
    let number = text.dropFirst(prefix.count)
    let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
    guard let value = Double(number) else { return false }
    return value >= 0 && value <= 100
  }

  /// `prefix(lower:upper)` (any case), where either bound may be missing, both are non-negative numbers,
  /// and percentages (`10%`) are at most 100 and not mixed with plain values.
  private static func isRange(_ text: String, prefix: String) -> Bool {
    guard text.lowercased().hasPrefix(prefix.lowercased() + "("), text.hasSuffix(")") else { return false }
    let inner = text.dropFirst(prefix.count + 1).dropLast()
    guard !inner.isEmpty, !inner.contains(")") else { return false }
    let bounds = inner.split(separator: ":", omittingEmptySubsequences: false)
    guard bounds.count >= 2 else { return false }
    guard let lower = RangeBound(bounds[0]), let upper = RangeBound(bounds[1]) else { return false }
    switch (lower, upper) {
    case (.missing, .missing): return false
    case (.value(_, let lowerIsPercent), .value(_, let upperIsPercent)): return lowerIsPercent == upperIsPercent
    default: return true
    }
  }
}

/// One bound of a range statistic.
private enum RangeBound {
  case missing
  case value(Double, isPercent: Bool)

  /// The bound, or `nil` when it is not a valid bound.
  init?(_ text: Substring) {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else {
      self = .missing
      return
    }
    let isPercent = trimmed.hasSuffix("%")
    guard let value = Self.leadingNumber(isPercent ? trimmed.dropLast() : trimmed[...]),
      value >= 0, !(isPercent && value > 100)
    else { return nil }
    self = .value(value, isPercent: isPercent)
  }

  /// The number at the start of `text`, read as JavaScript's `parseFloat` reads it.
  private static func leadingNumber(_ text: Substring) -> Double? {
    var characters = text.drop { $0.isWhitespace }[...]
    var literal = ""
    if let sign = characters.first, sign == "+" || sign == "-" {
      literal.append(sign)
      characters = characters.dropFirst()
    }
    if characters.hasPrefix("Infinity") { return literal == "-" ? -.infinity : .infinity }
    let integer = characters.prefix(while: \.isASCIIDigit)
    characters = characters.dropFirst(integer.count)
    literal += integer.isEmpty ? "0" : integer
    var fraction: Substring = ""
    if characters.first == "." {
      fraction = characters.dropFirst().prefix(while: \.isASCIIDigit)
      characters = characters.dropFirst(1 + fraction.count)
      literal += "." + (fraction.isEmpty ? "0" : fraction)
    }
    guard !integer.isEmpty || !fraction.isEmpty else { return nil }
    if let marker = characters.first, marker == "e" || marker == "E" {
      var exponent = characters.dropFirst()
      var exponentLiteral = "e"
      if let sign = exponent.first, sign == "+" || sign == "-" {
        exponentLiteral.append(sign)
        exponent = exponent.dropFirst()
      }
      let digits = exponent.prefix(while: \.isASCIIDigit)
      if !digits.isEmpty { literal += exponentLiteral + digits }
    }
    return Double(literal)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
  fileprivate func trimmingWhitespace() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
