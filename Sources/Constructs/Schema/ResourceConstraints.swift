/// What a resource type's schema says about its properties, and which property names the resource in its
/// account (its physical name), as a generated L1 class declares it.
package struct ResourceConstraints: Sendable {
  /// The resource type, such as `AWS::ElastiCache::User`.
  package let typeName: String
  /// The properties as one object: their constraints, which are required, and that no others exist.
  package let properties: ValueConstraints
  /// The property that names the resource, unique in its account or region, when the type has one.
  package let physicalName: PhysicalName?

  /// The property that holds a resource's name (its primary identifier), and where the name must be unique.
  package struct PhysicalName: Sendable {
    /// Where a physical name must be unique.
    package enum Scope: String, Sendable {
      /// In an account, whatever the region (IAM names).
      case account
      /// In a region of an account.
      case region
    }

    /// The property's CloudFormation name, such as `UserId`.
    package let property: String
    /// Where no other resource of the type may have the same name.
    package let scope: Scope
    /// Whether the service stores the name in lower case, so that names differing in case are the same.
    package let ignoresCase: Bool

    /// A physical name rule.
    package init(property: String, scope: Scope, ignoresCase: Bool) {
      self.property = property
      self.scope = scope
      self.ignoresCase = ignoresCase
    }
  }

  /// The constraints of a resource type.
  ///
  /// - Parameters:
  ///   - properties: each property's constraints, by CloudFormation name; properties not listed do not exist.
  ///   - required: the properties a template must set.
  package init(
    typeName: String,
    properties: [String: ValueConstraints],
    required: [String] = [],
    physicalName: PhysicalName? = nil
  ) {
    self.typeName = typeName
    self.properties = .object(properties, required: required)
    self.physicalName = physicalName
  }
}
