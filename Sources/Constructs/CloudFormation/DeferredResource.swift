package import CloudFormationModel

/// A CloudFormation resource whose properties are computed when its template is rendered, so that
/// statements, roles and names added after its creation appear in it.
package final class DeferredResource: CfnResource {
  private let properties: () -> CfnValue
  private let shouldSynthesize: () -> Bool

  /// A resource of `type` rendering `properties()`; left out of the template while
  /// `shouldSynthesize()` is false.
  package init(
    _ scope: Construct,
    _ id: String,
    type: String,
    tags: TagManager? = nil,
    shouldSynthesize: @escaping () -> Bool = { true },
    properties: @escaping () -> CfnValue
  ) {
    self.properties = properties
    self.shouldSynthesize = shouldSynthesize
    super.init(scope, id, type: type, tags: tags)
  }

  /// The properties computed now.
  package override func renderProperties() -> CfnValue { properties() }

  /// The resource's entry, or `nil` while it should not be synthesized.
  package override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? {
    shouldSynthesize() ? super.renderEntry(resolver) : nil
  }
}
