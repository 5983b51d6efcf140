/// A JSON object whose members keep the order in which they were added.
///
/// Equality ignores member order, as JSON does.
public struct TemplateObject: Sendable, Equatable, Sequence {
  /// One member of an object.
  public struct Member: Sendable, Equatable {
    /// The member's key.
    public var key: String
    /// The member's value.
    public var value: TemplateValue
  }

  private var members: [Member] = []
  private var indexByKey: [String: Int] = [:]

  /// An empty object.
  public init() {}

  /// An object with these members, in this order; a repeated key keeps its first position and last value.
  public init(_ members: some Sequence<(String, TemplateValue)>) {
    for (key, value) in members { self[key] = value }
  }

  /// The number of members.
  public var count: Int { members.count }

  /// Whether the object has no members.
  public var isEmpty: Bool { members.isEmpty }

  /// The keys, in order.
  public var keys: [String] { members.map(\.key) }

  /// The value of `key`; setting `nil` removes the member, setting a new key appends it.
  public subscript(key: String) -> TemplateValue? {
    get { indexByKey[key].map { members[$0].value } }
    set {
      if let index = indexByKey[key] {
        if let newValue {
          members[index].value = newValue
        } else {
          members.remove(at: index)
          indexByKey = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1.key, $0) })
        }
      } else if let newValue {
        indexByKey[key] = members.count
        members.append(Member(key: key, value: newValue))
      }
    }
  }

  /// The members sorted by key (Unicode scalar order), as `JSON.stringify` with sorted keys would list them.
  public var sortedByKey: TemplateObject {
    TemplateObject(
      members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }.map {
        ($0.key, $0.value)
      })
  }

  public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }

  public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
    guard lhs.count == rhs.count else { return false }
    return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
  }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, TemplateValue)...) { self.init(elements) }
}
