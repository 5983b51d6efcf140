extension TemplateValue {
  /// Renders the value as JSON the way JavaScript's `JSON.stringify(value, undefined, indent)` does,
  /// which is how the AWS CDK writes templates (indent 1) and manifests (indent 2).
  ///
  /// Object members are written in order, except that keys which are array indices (`"0"`, `"10"`) come
  /// first in numeric order, as JavaScript objects list them.
  ///
  /// - Parameter indent: spaces per nesting level; `0` renders compact JSON.
  public func jsonString(indent: Int = 1) -> String {
    var writer = JSONWriter(indentUnit: String(repeating: " ", count: indent))
    writer.write(self, depth: 0)
    return writer.output
  }
}

private struct JSONWriter {
  let indentUnit: String
  var output = ""

  private var isPretty: Bool { !indentUnit.isEmpty }

  mutating func write(_ value: TemplateValue, depth: Int) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += JavaScriptNumberFormat.string(from: number)
    case .string(let string): writeString(string)
    case .array(let elements):
      guard !elements.isEmpty else { output += "[]"; return }
      output += "["
      for (offset, element) in elements.enumerated() {
        if offset > 0 { output += "," }
        newline(depth: depth + 1)
        write(element, depth: depth + 1)
      }
      newline(depth: depth)
      output += "]"
    case .object(let object):
      guard !object.isEmpty else { output += "{}"; return }
      output += "{"
      for (offset, member) in Self.javaScriptKeyOrder(object).enumerated() {
        if offset > 0 { output += "," }
        newline(depth: depth + 1)
        writeString(member.key)
        output += isPretty ? ": " : ":"
        write(member.value, depth: depth + 1)
      }
      newline(depth: depth)
      output += "}"
    }
  }

  /// The members in the order JavaScript lists an object's keys: array indices ascending, then the rest.
  private static func javaScriptKeyOrder(_ object: TemplateObject) -> [TemplateObject.Member] {
    let members = Array(object)
    guard members.contains(where: { arrayIndex($0.key) != nil }) else { return members }
    let indexed = members.compactMap { member in arrayIndex(member.key).map { ($0, member) } }
    return indexed.sorted { $0.0 < $1.0 }.map(\.1) + members.filter { arrayIndex($0.key) == nil }
  }

  /// The array index a key names: a canonical decimal integer below 2³² − 1.
  private static func arrayIndex(_ key: String) -> UInt32? {
    guard let index = UInt32(key), index < UInt32.max, String(index) == key else { return nil }
    return index
  }

  private mutating func newline(depth: Int) {
    guard isPretty else { return }
    output += "\n"
    for _ in 0..<depth { output += indentUnit }
  }

  private mutating func writeString(_ string: String) {
    output += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case let control where control.value < 0x20:
        let hex = String(control.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}

/// Formats numbers as JavaScript's `Number.prototype.toString` does.
enum JavaScriptNumberFormat {
  static func string(from number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number == 0 { return "0" }
    if number == number.rounded(), abs(number) < 1e18 { return String(Int64(number)) }
    let (isNegative, digits, exponent) = decompose(number)
    let sign = isNegative ? "-" : ""
    let digitCount = digits.count
    // `exponent` is n in JavaScript's algorithm: the value is 0.digits × 10^n.
    if digitCount <= exponent && exponent <= 21 {
      return sign + digits + String(repeating: "0", count: exponent - digitCount)
    }
    if 0 < exponent && exponent <= 21 {
      let split = digits.index(digits.startIndex, offsetBy: exponent)
      return sign + digits[..<split] + "." + digits[split...]
    }
    if -6 < exponent && exponent <= 0 {
      return sign + "0." + String(repeating: "0", count: -exponent) + digits
    }
    let mantissa = digitCount == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
    let power = exponent - 1
    return sign + mantissa + "e" + (power >= 0 ? "+" : "-") + String(abs(power))
  }

  /// Splits Swift's shortest round-trip rendering into sign, significant digits and decimal exponent.
  private static func decompose(_ number: Double) -> (Bool, String, Int) {
    var text = abs(number).description
    var exponentAdjustment = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponentAdjustment = Int(text[text.index(after: e)...]) ?? 0
      text = String(text[..<e])
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let integerPart = String(parts[0])
    let fractionPart = parts.count > 1 ? String(parts[1]) : ""
    var digits = integerPart + fractionPart
    var exponent = integerPart.count + exponentAdjustment
    while digits.first == "0" {
      digits.removeFirst()
      exponent -= 1
    }
    while digits.last == "0" { digits.removeLast() }
    return (number < 0, digits.isEmpty ? "0" : digits, exponent)
  }
}
