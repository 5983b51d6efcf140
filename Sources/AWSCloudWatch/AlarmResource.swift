import Constructs

/// The `AWS::CloudWatch::Alarm` resource of an ``CloudWatch/Alarm``: it renders its properties from
/// the alarm each time the template is synthesized, so actions added later are included.
final class AlarmResource: CfnResource {
  private let render: () -> CfnValue

  init(_ scope: Construct, _ id: String, render: @escaping () -> CfnValue) {
    self.render = render
    super.init(scope, id, type: "AWS::CloudWatch::Alarm")
  }

  override func renderProperties() -> CfnValue { render() }
}
