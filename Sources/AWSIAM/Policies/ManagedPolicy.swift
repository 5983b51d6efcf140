public import Constructs

extension IAM {
  /// A customer managed policy (`AWS::IAM::ManagedPolicy`) that the app owns, attached to roles.
  ///
  /// As in the AWS CDK, the policy lives at the path `/` unless given another, its description is empty
  /// unless given, and CloudFormation names it unless `managedPolicyName` is given. Attaching it to a
  /// role lists the role in the policy's `Roles`; a role may also list it with
  /// ``IAM/Role/addManagedPolicy(_:)``. A role whose default policy grows too large moves statements
  /// to managed policies of this kind (`OverflowPolicy1`...).
  ///
  /// ```swift
  /// let policy = IAM.ManagedPolicy(
  ///   stack, "CacheReaders",
  ///   statements: [IAM.PolicyStatement(actions: ["elasticache:Connect"], resources: [cache.serverlessCacheArn])],
  ///   roles: [role])
  /// ```
  ///
  /// For managed policies that exist outside the app, see ``fromAwsManagedPolicyName(_:)``,
  /// ``fromManagedPolicyArn(_:_:_:)`` and ``fromManagedPolicyName(_:_:_:)``.
  public final class ManagedPolicy: Construct, IAM.ManagedPolicyProtocol, IAM.Grantable {
    /// The policy document; statements added later still render.
    public let document: IAM.PolicyDocument
    /// The path of the policy, `/` by default.
    public let path: String
    /// The roles the policy is attached to.
    public private(set) var roles: [any IAM.RoleProtocol] = []
    private let explicitName: String?
    private let policyDescription: String
    private lazy var resource: CfnManagedPolicy = {
      let resource = CfnManagedPolicy(self, "Resource", policyDocument: [:])
      resource.updateBeforeRendering { [unowned self, unowned resource] in self.updateProperties(of: resource) }
      return resource
    }()

    /// A managed policy named `managedPolicyName` (else CloudFormation names it) holding the statements
    /// of `document` and then `statements`, attached to `roles`.
    ///
    /// - Parameters:
    ///   - description: what the policy is for; empty by default.
    ///   - path: the policy's path, `/` by default.
    public init(
      _ scope: Construct,
      _ id: String,
      managedPolicyName: String? = nil,
      description: String? = nil,
      path: String? = nil,
      statements: [IAM.PolicyStatement] = [],
      document: IAM.PolicyDocument? = nil,
      roles: [any IAM.RoleProtocol] = []
    ) {
      self.document = document ?? IAM.PolicyDocument()
      explicitName = managedPolicyName
      policyDescription = description ?? ""
      self.path = path.flatMap { $0.isEmpty ? nil : $0 } ?? "/"
      super.init(scope, id)
      _ = resource
      for role in roles { attachToRole(role) }
      addStatements(statements)
      node.addValidation { [unowned self] report in self.validate(&report) }
    }

    /// The policy's ARN (`Ref`).
    public var managedPolicyArn: StringValue { resource.ref }

    /// The policy's name, taken from its ARN.
    public var managedPolicyName: StringValue {
      let arn = managedPolicyArn
      return (try? Stack.of(self).splitArn(arn, format: .slashResourceName))?.resourceName ?? arn
    }

    /// A principal standing for the policy, so grants can add statements to it.
    public private(set) lazy var grantPrincipal: any IAM.Principal = PolicyGrantPrincipal(
      policy: self, kind: "ManagedPolicy")

    /// Adds statements to the policy document.
    public func addStatements(_ statements: IAM.PolicyStatement...) { addStatements(statements) }

    /// Adds statements to the policy document.
    public func addStatements(_ statements: [IAM.PolicyStatement]) { document.addStatements(statements) }

    /// Attaches the policy to `role` (once per role ARN): the role is listed in the policy's `Roles`.
    public func attachToRole(_ role: any IAM.RoleProtocol) {
      guard !roles.contains(where: { $0.roleArn == role.roleArn }) else { return }
      roles.append(role)
    }

    /// Sets the resource's properties from the policy's state, which changes until synthesis.
    private func updateProperties(of resource: CfnManagedPolicy) {
      resource.managedPolicyDescription = StringValue(policyDescription)
      resource.managedPolicyName = explicitName.map { StringValue($0) }
      resource.path = StringValue(path)
      resource.policyDocument = document.toJSON(in: Stack.of(self)) ?? [:]
      resource.roles = roles.isEmpty ? nil : StringListValue(roles.map(\.roleName))
    }

    private func validate(_ report: inout ValidationReport) {
      if document.isEmpty {
        report.error("EmptyManagedPolicy", "Managed Policy is empty. You must add statements to the policy")
      }
      for problem in document.validateForIdentityPolicy() { report.error(problem.code, problem.message) }
    }
  }
}
