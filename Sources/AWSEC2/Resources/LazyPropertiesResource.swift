import Constructs

/// A resource whose properties are computed when the template is rendered, so that rules added after the
/// resource was created appear in it.
final class LazyPropertiesResource: CfnResource {
  private let produce: () -> CfnValue

  init(_ scope: Construct, _ id: String, type: String, tags: TagManager?, properties produce: @escaping () -> CfnValue)
  {
    self.produce = produce
    super.init(scope, id, type: type, tags: tags)
  }

  override func renderProperties() -> CfnValue { produce() }
}
