/// The tags of one taggable resource: tags given in its properties and tags applied with ``Tags``,
/// merged by priority and rendered in the format its resource type expects.
public final class TagManager {
  /// How a resource type takes its tags.
  public enum Format: Sendable {
    /// `[{"Key": k, "Value": v}]`.
    case standard
    /// `[{"Key": k, "Value": v, "PropagateAtLaunch": true}]`.
    case autoScalingGroup
    /// `{"k": "v"}`.
    case map
    /// `[{"Key": k, "Value": v}]` from key-value pairs.
    case keyValue
  }

  private struct Tag {
    var value: String
    var applyToLaunchedInstances: Bool
  }

  /// The format of the resource type's tags.
  public let format: Format
  /// The resource type, such as `AWS::EC2::VPC`.
  public let resourceType: String
  /// The property that holds the tags, usually `Tags`.
  public let propertyName: String
  private var tags: [String: Tag] = [:]
  /// The priority of the last set or removal of each key, which later ones must match or exceed.
  private var priorities: [String: Int] = [:]
  private static let initialTagPriority = 50

  /// A tag manager for a resource type, starting with the tags given in the resource's properties.
  public init(format: Format, resourceType: String, initialTags: [String: String] = [:], propertyName: String = "Tags")
  {
    self.format = format
    self.resourceType = resourceType
    self.propertyName = propertyName
    for (key, value) in initialTags { setTag(key, value, priority: Self.initialTagPriority) }
  }

  /// Sets a tag unless a tag with the same key was set or removed with a higher priority.
  public func setTag(_ key: String, _ value: String, priority: Int = 0, applyToLaunchedInstances: Bool = true) {
    guard priority >= priorities[key] ?? 0 else { return }
    tags[key] = Tag(value: value, applyToLaunchedInstances: applyToLaunchedInstances)
    priorities[key] = priority
  }

  /// Removes a tag unless it was set or removed with a higher priority.
  public func removeTag(_ key: String, priority: Int = 0) {
    guard priority >= priorities[key] ?? 0 else { return }
    tags[key] = nil
    priorities[key] = priority
  }

  /// The tags by key.
  public var tagValues: [String: String] { tags.mapValues(\.value) }

  /// The tags sorted by key as the AWS CDK sorts them (JavaScript's `localeCompare`).
  public var sortedTagValues: [(key: String, value: String)] {
    tags.sorted { Collation.precedes($0.key, $1.key) }.map { ($0.key, $0.value.value) }
  }

  /// Whether there are tags to render.
  public var hasTags: Bool { !tags.isEmpty }

  /// The tags in the resource type's format, sorted by key as the AWS CDK sorts them (JavaScript's
  /// `localeCompare`: `aws-cdk:subnet-name` before `Name`); `nil` when there are none.
  public func render() -> CfnValue? {
    guard !tags.isEmpty else { return nil }
    let sorted = tags.sorted { Collation.precedes($0.key, $1.key) }
    switch format {
    case .map:
      return .object(sorted.map { CfnValue.Member($0.key, .string(StringValue($0.value.value))) })
    case .standard, .keyValue:
      return .array(
        sorted.map { ["Key": .string(StringValue($0.key)), "Value": .string(StringValue($0.value.value))] })
    case .autoScalingGroup:
      return .array(
        sorted.map {
          [
            "Key": .string(StringValue($0.key)), "Value": .string(StringValue($0.value.value)),
            "PropagateAtLaunch": .bool($0.value.applyToLaunchedInstances),
          ]
        })
    }
  }
}
