/// The building block of an app. Every construct has a ``Node`` in the construct tree, which gives it
/// an id, a path, children, dependencies and validations.
open class Construct: CustomStringConvertible {
  /// The construct's place in the tree.
  public let node: Node

  /// Creates a construct with the given id as a child of `scope`.
  ///
  /// An invalid id (empty, containing `/`, or already used by a sibling) is recorded as an error on
  /// `scope` and reported by synthesis.
  public init(_ scope: Construct, _ id: String) {
    node = Node(id: id, scope: scope)
    node.host = self
    scope.node.attach(self)
  }

  /// Creates the root of a tree.
  init(rootID id: String) {
    node = Node(id: id, scope: nil)
    node.host = self
  }

  /// The construct type and path, e.g. `ServerlessCache [Stack/Cache]`.
  public var description: String { "\(typeName) [\(node.path)]" }

  /// The name of the construct's type, for messages.
  public var typeName: String { String(describing: type(of: self)) }
}
