public import Constructs

extension IAM {
  /// An AWS service, such as `lambda.amazonaws.com`: `{"Service": name}`.
  public final class ServicePrincipal: IAM.Principal {
    /// The service as given.
    public let service: String
    private let conditions: [String: [String: CfnValue]]

    /// The principal for `service`; a bare name (`lambda`) or a China endpoint
    /// (`lambda.amazonaws.com.cn`) renders as `lambda.amazonaws.com`, as in the AWS CDK.
    public init(_ service: String, conditions: [String: [String: CfnValue]] = [:]) {
      self.service = service
      self.conditions = conditions
    }

    /// The service principal name as it appears in statements.
    public var servicePrincipalName: String {
      let suffixes = [".amazonaws.com.cn", ".amazonaws.com", ".c2s.ic.gov", ".sc2s.sgov.gov"]
      var name = Substring(service)
      if let suffix = suffixes.first(where: { name.hasSuffix($0) }) { name = name.dropLast(suffix.count) }
      guard !name.isEmpty, !name.contains(".") else { return service }
      return "\(name).amazonaws.com"
    }

    /// `{"Service": servicePrincipalName}`, with the principal's conditions.
    public var policyFragment: IAM.PrincipalPolicyFragment {
      IAM.PrincipalPolicyFragment([.init("Service", [StringValue(servicePrincipalName)])], conditions: conditions)
    }

    /// The same in any stack.
    public func policyFragment(in stack: Stack) -> IAM.PrincipalPolicyFragment { policyFragment }

    /// `nil`: the principal belongs to no particular account.
    public var principalAccount: StringValue? { nil }

    /// `sts:AssumeRole`.
    public var assumeRoleAction: String { "sts:AssumeRole" }

    /// Does not take the statement: the principal has no identity policy.
    public func addToPrincipalPolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToPrincipalPolicyResult {
      .notAdded
    }
  }
}
