/// Applies tags to every taggable resource in a scope (and to the stacks in it), at synthesis.
///
/// ```swift
/// Tags.of(app).add("team", "platform")
/// ```
public struct Tags {
  private let scope: Construct

  /// The tags of `scope` and everything below it.
  public static func of(_ scope: Construct) -> Tags { Tags(scope: scope) }

  /// Adds a tag to every taggable resource below the scope whose type passes the filters.
  ///
  /// A tag with a higher priority wins; with equal priority, the tag applied closer to the resource wins.
  public func add(
    _ key: String,
    _ value: String,
    priority: Int = 100,
    applyToLaunchedInstances: Bool = true,
    includeResourceTypes: [String] = [],
    excludeResourceTypes: [String] = []
  ) {
    scope.node.tagOperations.append(
      TagOperation(
        key: key,
        value: value,
        priority: priority,
        applyToLaunchedInstances: applyToLaunchedInstances,
        includeResourceTypes: includeResourceTypes,
        excludeResourceTypes: excludeResourceTypes
      ))
  }

  /// Removes a tag from every taggable resource below the scope whose type passes the filters.
  public func remove(
    _ key: String,
    priority: Int = 200,
    includeResourceTypes: [String] = [],
    excludeResourceTypes: [String] = []
  ) {
    scope.node.tagOperations.append(
      TagOperation(
        key: key,
        value: nil,
        priority: priority,
        applyToLaunchedInstances: true,
        includeResourceTypes: includeResourceTypes,
        excludeResourceTypes: excludeResourceTypes
      ))
  }
}

/// One `Tags.of(scope).add` or `remove`, applied at synthesis.
struct TagOperation {
  let key: String
  /// The value to set, or `nil` to remove the tag.
  let value: String?
  let priority: Int
  let applyToLaunchedInstances: Bool
  let includeResourceTypes: [String]
  let excludeResourceTypes: [String]

  func apply(to manager: TagManager) {
    if !includeResourceTypes.isEmpty, !includeResourceTypes.contains(manager.resourceType) { return }
    if excludeResourceTypes.contains(manager.resourceType) { return }
    if let value {
      manager.setTag(key, value, priority: priority, applyToLaunchedInstances: applyToLaunchedInstances)
    } else {
      manager.removeTag(key, priority: priority)
    }
  }
}
