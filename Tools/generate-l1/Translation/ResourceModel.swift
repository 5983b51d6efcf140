/// The Swift shape of one resource type: the second stage of the pipeline, between the schema and the text.
struct ResourceModel {
  /// The resource type, such as `AWS::ElastiCache::ServerlessCache`.
  var typeName: String
  /// The class name, such as `CfnServerlessCache`.
  var className: String
  /// The summary of the resource type, for its doc comment.
  var summary: String?
  /// The settable properties, ordered by Swift name.
  var properties: [PropertyModel]
  /// How the resource takes its tags, when it is taggable.
  var tags: TagProperty?
  /// The property types that the properties use, ordered by Swift name.
  var structures: [StructureModel]
  /// The attributes, ordered by attribute name.
  var attributes: [AttributeModel]
  /// The module (and namespace) the class goes into.
  var module: ServiceModule
  /// The constraints of every settable property (the tags included), ordered by CloudFormation name.
  var propertyConstraints: [(name: String, constraints: ConstraintModel)]
  /// The settable properties a template must set, sorted.
  var requiredProperties: [String]
  /// The property that names the resource in its account or region, when there is one.
  var physicalName: PhysicalNameModel?
}

/// The property that holds a taggable resource's tags, which a `TagManager` renders.
struct TagProperty {
  /// The property's CloudFormation name, usually `Tags`.
  var name: String
  /// The format of the tags.
  var format: TagFormat
}

/// How a taggable resource type takes its tags (the `TagManager.Format` to use).
enum TagFormat: String {
  /// A list of `Key`/`Value` objects.
  case standard
  /// An object of tag values by key.
  case map
}

/// One property of a resource or a property type.
struct PropertyModel {
  /// The name in CloudFormation, such as `KmsKeyId`.
  var cfnName: String
  /// The Swift name, such as `kmsKeyID`.
  var swiftName: String
  /// The Swift type.
  var type: SwiftType
  /// Whether a template must set it.
  var isRequired: Bool
  /// Whether changing it replaces the resource.
  var replacesResource: Bool
  /// The summary, for its doc comment.
  var summary: String?
}

/// A property type (`<Name>Property`): a definition of the schema, or an object declared inline.
struct StructureModel {
  /// The CloudFormation name, such as `AWS::ElastiCache::ServerlessCache.CacheUsageLimits`.
  var cfnName: String
  /// The Swift name, such as `CacheUsageLimitsProperty`.
  var swiftName: String
  /// The summary, for its doc comment.
  var summary: String?
  /// The members, ordered by Swift name.
  var properties: [PropertyModel]
}

/// A value the resource returns: a `Fn::GetAtt` attribute.
struct AttributeModel {
  /// The attribute name, such as `Endpoint.Address`.
  var name: String
  /// The Swift name, such as `attrEndpointAddress`.
  var swiftName: String
  /// The Swift type of the attribute.
  var type: AttributeType
  /// The summary, for its doc comment.
  var summary: String?
}

/// The Swift type of an attribute.
enum AttributeType {
  case string
  case number
  case list
  /// An object, a Boolean or any other value.
  case value
}

/// The Swift type of a property.
indirect enum SwiftType: Equatable {
  /// `StringValue`.
  case string
  /// `NumberValue`.
  case number
  /// `Bool`.
  case boolean
  /// `StringListValue`.
  case stringList
  /// A property type of the resource, by Swift name.
  case structure(String)
  /// `[Element]`, for arrays of anything but strings.
  case array(SwiftType)
  /// `[String: Value]`, for objects with free keys.
  case map(SwiftType)
  /// `CfnValue`, for values the schema leaves untyped or that may take several shapes.
  case value
}
