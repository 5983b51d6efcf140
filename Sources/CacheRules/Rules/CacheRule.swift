/// A rule of the catalog: what it checks (its description) and the check itself.
protocol CacheRule: Sendable {
  /// The rule's catalog entry.
  var description: RuleDescription { get }
  /// What the rule finds in a template set.
  func check(_ inventory: Inventory, options: RuleOptions) -> [Violation]
}

/// What a rule found: the resource at fault, what is wrong, and how to fix it when the catalog's fix does not
/// say enough.
struct Violation {
  let resource: ResourceRecord
  let message: String
  var fix: String?

  init(_ resource: ResourceRecord, _ message: String, fix: String? = nil) {
    self.resource = resource
    self.message = message
    self.fix = fix
  }
}

/// Questions the rules ask about property values.
enum PropertyCheck {
  /// The circumstances in which a Boolean property is not `true` (`absentMeans` when it is not set); values known
  /// only at deployment are given the benefit of the doubt. Each entry is a `when` clause (empty: always).
  static func notTrue(_ value: Resolved, absentMeans defaultValue: Bool) -> [String] {
    value.possibilities.compactMap { possibility in
      let flag = possibility.value.isMissing ? defaultValue : possibility.value.booleanValue
      return flag == false ? possibility.whenClause : nil
    }
  }

  /// The circumstances in which a property is not set (or set to an empty string or list).
  static func unset(_ value: Resolved) -> [String] {
    value.possibilities.compactMap { possibility in
      switch possibility.value {
      case .absent, .null: return possibility.whenClause
      case .list(let elements) where elements.isEmpty: return possibility.whenClause
      case .text(let parts) where parts.isEmpty: return possibility.whenClause
      default: return nil
      }
    }
  }

  /// The first clause, or the clause that covers them all: `""` when a case holds always.
  static func summary(_ clauses: [String]) -> String {
    clauses.contains("") ? "" : clauses.first ?? ""
  }
}
