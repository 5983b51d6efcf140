import Constructs

/// The EC2 resource types this module creates.
enum EC2Resource {
  /// A resource of an EC2 type that takes tags in the standard format (`[{"Key": k, "Value": v}]`).
  static func taggable(_ scope: Construct, _ id: String, type: String, properties: CfnValue) -> CfnResource {
    CfnResource(
      scope, id, type: type, properties: properties, tags: TagManager(format: .standard, resourceType: type))
  }
}
