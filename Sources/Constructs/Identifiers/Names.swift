/// Identifiers derived from construct paths, as the AWS CDK derives them.
public enum Names {
  /// A unique id for the construct within the app: the path below the app, made alphanumeric with a hash.
  public static func uniqueID(_ construct: Construct) -> String {
    let components = construct.node.scopes.dropFirst().map(\.node.id)
    if !components.isEmpty, components.allSatisfy({ $0 == UniqueID.hiddenComponent }) {
      construct.node.addError("EmptyUniqueID", "Unable to calculate a unique id for an empty set of components")
    }
    return components.isEmpty ? "" : UniqueID.make(Array(components))
  }

  /// A physical name for a resource: its stack's name and the path below the stack, with characters
  /// other than letters, digits and `allowedSpecialCharacters` removed, and shortened in the middle
  /// with an 8-character hash when longer than `maxLength`.
  public static func uniqueResourceName(
    _ construct: Construct,
    maxLength: Int = 256,
    separator: String = "",
    allowedSpecialCharacters: String = ""
  ) -> String {
    let scopes = construct.node.scopes
    let stackIndex = scopes.lastIndex { $0 is Stack } ?? 0
    let components = scopes[stackIndex...].map { scope in (scope as? Stack)?.stackName ?? scope.node.id }
    if components.allSatisfy({ $0 == UniqueID.hiddenComponent }) {
      construct.node.addError(
        "EmptyUniqueID", "Unable to calculate a unique resource name for an empty set of components")
    }
    return UniqueID.makeResourceName(
      components,
      maxLength: maxLength,
      separator: separator,
      allowedSpecialCharacters: allowedSpecialCharacters
    )
  }
}
