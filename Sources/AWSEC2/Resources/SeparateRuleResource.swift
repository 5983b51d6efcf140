import CloudFormationModel
import Constructs

/// An `AWS::EC2::SecurityGroupIngress` or `AWS::EC2::SecurityGroupEgress` resource, which the owning group
/// can withdraw (as the AWS CDK removes its "disallow all traffic" rule once a real egress rule is added).
final class SeparateRuleResource: CfnResource {
  /// Whether the rule was withdrawn; a withdrawn rule is left out of the template.
  var isWithdrawn = false

  override func renderEntry(_ resolver: ElementResolver) -> TemplateValue? {
    isWithdrawn ? nil : super.renderEntry(resolver)
  }
}
