/// A set of Unicode code points that one step of a schema pattern matches: a literal, a class such as
/// `[a-z\d_]` or `[^:]`, an escape such as `\s` or `\p{L}`, or `.`.
struct ScalarSet: Equatable, Sendable {
  /// One member of a set: a range of code points, or a Unicode general category, or the complement of one.
  enum Item: Equatable, Sendable {
    case range(ClosedRange<UInt32>)
    case category(Set<Unicode.GeneralCategory>)
    /// Every code point that the items do not contain (`\D`, `\W`, `\S`, `\P{…}` inside a class).
    case complement([Item])

    func contains(_ scalar: Unicode.Scalar) -> Bool {
      switch self {
      case .range(let range): range.contains(scalar.value)
      case .category(let categories): categories.contains(scalar.properties.generalCategory)
      case .complement(let items): !items.contains { $0.contains(scalar) }
      }
    }
  }

  var items: [Item]
  /// Whether the set is the complement of its items (`[^…]`).
  var isNegated = false

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    items.contains { $0.contains(scalar) } != isNegated
  }

  /// One code point.
  static func literal(_ scalar: Unicode.Scalar) -> ScalarSet { ScalarSet(items: [.range(scalar.value...scalar.value)]) }

  /// `\d`: the ASCII digits (ECMAScript's `\d` is not Unicode-aware, even with the `u` flag).
  static let digitItems: [Item] = [.range(0x30...0x39)]

  /// `\w`: ASCII letters, digits and `_`.
  static let wordItems: [Item] = [.range(0x30...0x39), .range(0x41...0x5A), .range(0x5F...0x5F), .range(0x61...0x7A)]

  /// `\s`: ECMAScript's white space (tab, vertical tab, form feed, space, no-break space, byte order mark and
  /// the `Zs` spaces) and line terminators.
  static let spaceItems: [Item] = [
    .range(0x09...0x0D), .range(0x20...0x20), .range(0xA0...0xA0), .range(0x1680...0x1680), .range(0x2000...0x200A),
    .range(0x2028...0x2029), .range(0x202F...0x202F), .range(0x205F...0x205F), .range(0x3000...0x3000),
    .range(0xFEFF...0xFEFF),
  ]

  /// The line terminators, which `.` does not match.
  static let lineTerminatorItems: [Item] = [.range(0x0A...0x0A), .range(0x0D...0x0D), .range(0x2028...0x2029)]

  /// `.`: any code point but a line terminator.
  static let anyButLineTerminator = ScalarSet(items: lineTerminatorItems, isNegated: true)

  /// Whether the code point is a word character for `\b` and `\B`.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool { wordItems.contains { $0.contains(scalar) } }
}

extension Unicode.GeneralCategory {
  /// The categories a `\p{…}` value names: a one- or two-letter abbreviation or a long name, as ECMAScript
  /// accepts them (`L`, `Letter`, `Lu`, `Uppercase_Letter`...); `nil` for a name that is not a category.
  static func categories(named name: String) -> Set<Unicode.GeneralCategory>? {
    if let group = groups[name] ?? groups[longGroupNames[name] ?? ""] { return group }
    if let category = allCategories[name] ?? allCategories[longNames[name] ?? ""] { return [category] }
    return nil
  }

  private static let allCategories: [String: Unicode.GeneralCategory] = [
    "Lu": .uppercaseLetter, "Ll": .lowercaseLetter, "Lt": .titlecaseLetter, "Lm": .modifierLetter,
    "Lo": .otherLetter, "Mn": .nonspacingMark, "Mc": .spacingMark, "Me": .enclosingMark, "Nd": .decimalNumber,
    "Nl": .letterNumber, "No": .otherNumber, "Pc": .connectorPunctuation, "Pd": .dashPunctuation,
    "Ps": .openPunctuation, "Pe": .closePunctuation, "Pi": .initialPunctuation, "Pf": .finalPunctuation,
    "Po": .otherPunctuation, "Sm": .mathSymbol, "Sc": .currencySymbol, "Sk": .modifierSymbol, "So": .otherSymbol,
    "Zs": .spaceSeparator, "Zl": .lineSeparator, "Zp": .paragraphSeparator, "Cc": .control, "Cf": .format,
    "Cs": .surrogate, "Co": .privateUse, "Cn": .unassigned,
  ]

  private static let groups: [String: Set<Unicode.GeneralCategory>] = {
    var groups: [String: Set<Unicode.GeneralCategory>] = [:]
    for (abbreviation, category) in allCategories {
      groups[String(abbreviation.prefix(1)), default: []].insert(category)
    }
    groups["LC"] = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]
    return groups
  }()

  private static let longGroupNames: [String: String] = [
    "Letter": "L", "Cased_Letter": "LC", "Mark": "M", "Combining_Mark": "M", "Number": "N", "Punctuation": "P",
    "punct": "P", "Symbol": "S", "Separator": "Z", "Other": "C",
  ]

  private static let longNames: [String: String] = [
    "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll", "Titlecase_Letter": "Lt", "Modifier_Letter": "Lm",
    "Other_Letter": "Lo", "Nonspacing_Mark": "Mn", "Spacing_Mark": "Mc", "Enclosing_Mark": "Me",
    "Decimal_Number": "Nd", "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
    "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd", "Open_Punctuation": "Ps", "Close_Punctuation": "Pe",
    "Initial_Punctuation": "Pi", "Final_Punctuation": "Pf", "Other_Punctuation": "Po", "Math_Symbol": "Sm",
    "Currency_Symbol": "Sc", "Modifier_Symbol": "Sk", "Other_Symbol": "So", "Space_Separator": "Zs",
    "Line_Separator": "Zl", "Paragraph_Separator": "Zp", "Control": "Cc", "cntrl": "Cc", "Format": "Cf",
    "Surrogate": "Cs", "Private_Use": "Co", "Unassigned": "Cn",
  ]
}
