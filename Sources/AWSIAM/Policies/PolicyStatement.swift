public import Constructs

extension IAM {
  /// One statement of an IAM policy: who (principals) may or may not (effect) do what (actions) to
  /// which resources, under which conditions.
  ///
  /// Statements are mutable, like the AWS CDK's: grants build them and later calls may add to them.
  /// Actions and resources are kept once each, in the order added. Problems the AWS CDK reports when
  /// a statement is built (an invalid action, actions mixed with `notActions`...) are kept and reported
  /// by the construct whose policy renders the statement.
  public final class PolicyStatement {
    /// Whether the statement allows or denies.
    public var effect: IAM.Effect
    /// The statement id.
    public var sid: String?
    /// The actions, such as `kms:Decrypt`.
    public private(set) var actions: [String] = []
    /// The actions the statement applies to all but.
    public private(set) var notActions: [String] = []
    /// The resource ARNs.
    public private(set) var resources: [StringValue] = []
    /// The resource ARNs the statement applies to all but.
    public private(set) var notResources: [StringValue] = []
    /// The principals (for resource and trust policies).
    public private(set) var principals: [any IAM.Principal] = []
    /// The principals the statement applies to all but.
    public private(set) var notPrincipals: [any IAM.Principal] = []
    /// Problems found while building the statement.
    public private(set) var problems: [IAM.PolicyProblem] = []
    private var conditionOperators: [(name: String, entries: [CfnValue.Member])] = []
    private var principalConditions: [String: [String: CfnValue]]?

    /// A statement; conditions render sorted by operator and key.
    public init(
      effect: IAM.Effect = .allow,
      actions: [String] = [],
      notActions: [String] = [],
      resources: [StringValue] = [],
      notResources: [StringValue] = [],
      principals: [any IAM.Principal] = [],
      notPrincipals: [any IAM.Principal] = [],
      conditions: [String: [String: CfnValue]] = [:],
      sid: String? = nil
    ) {
      self.effect = effect
      self.sid = sid
      addActions(actions)
      addNotActions(notActions)
      addPrincipals(principals)
      addNotPrincipals(notPrincipals)
      addResources(resources)
      addNotResources(notResources)
      addConditions(conditions)
    }

    /// The conditions, by operator and key.
    public var conditions: [String: [String: CfnValue]] {
      Dictionary(
        uniqueKeysWithValues: conditionOperators.map { condition in
          (condition.name, Dictionary(condition.entries.map { ($0.key, $0.value) }) { $1 })
        })
    }

    /// The conditions as an object of operators, each an object of keys, in the order added (as the
    /// AWS CDK keeps them, and compares and measures them).
    var orderedConditions: CfnValue {
      .object(conditionOperators.map { CfnValue.Member($0.name, .object($0.entries)) })
    }

    /// Whether the statement names principals or not-principals.
    public var hasPrincipal: Bool { !principals.isEmpty || !notPrincipals.isEmpty }

    /// Whether the statement names resources.
    public var hasResource: Bool { !resources.isEmpty }

    /// Adds actions, such as `"kms:Decrypt"`.
    public func addActions(_ actions: String...) { addActions(actions) }

    /// Adds actions, such as `["kms:Decrypt"]`.
    public func addActions(_ actions: [String]) {
      if !actions.isEmpty, !notActions.isEmpty {
        problem(
          "CannotAddActionsPolicyStatement", "Cannot add 'Actions' to policy statement if 'NotActions' have been added")
      }
      validate(actions)
      appendNew(actions, to: &self.actions)
    }

    /// Adds actions the statement applies to all but.
    public func addNotActions(_ notActions: [String]) {
      if !notActions.isEmpty, !actions.isEmpty {
        problem(
          "CannotAddActionsPolicyStatement", "Cannot add 'NotActions' to policy statement if 'Actions' have been added")
      }
      validate(notActions)
      appendNew(notActions, to: &self.notActions)
    }

    /// Adds resource ARNs.
    public func addResources(_ arns: StringValue...) { addResources(arns) }

    /// Adds resource ARNs.
    public func addResources(_ arns: [StringValue]) {
      if !arns.isEmpty, !notResources.isEmpty {
        problem(
          "CannotAddResourcesPolicyStatement",
          "Cannot add 'Resources' to policy statement if 'NotResources' have been added")
      }
      appendNew(arns, to: &resources)
    }

    /// Adds resource ARNs the statement applies to all but.
    public func addNotResources(_ arns: [StringValue]) {
      if !arns.isEmpty, !resources.isEmpty {
        problem(
          "CannotAddResourcesPolicyStatement",
          "Cannot add 'NotResources' to policy statement if 'Resources' have been added")
      }
      appendNew(arns, to: &notResources)
    }

    /// Makes the statement apply to all resources (`"*"`).
    public func addAllResources() { addResources(["*"]) }

    /// Adds principals; each principal is kept once.
    public func addPrincipals(_ principals: any IAM.Principal...) { addPrincipals(principals) }

    /// Adds principals; each principal is kept once.
    public func addPrincipals(_ principals: [any IAM.Principal]) {
      if !principals.isEmpty, !notPrincipals.isEmpty {
        problem(
          "CannotAddPrincipalsPolicyStatement",
          "Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added")
      }
      for principal in principals where !self.principals.contains(where: { $0 === principal }) {
        self.principals.append(principal)
        addConditions(of: principal)
      }
    }

    /// Adds principals the statement applies to all but.
    public func addNotPrincipals(_ principals: [any IAM.Principal]) {
      if !principals.isEmpty, !self.principals.isEmpty {
        problem(
          "CannotAddPrincipalsPolicyStatement",
          "Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added")
      }
      for principal in principals where !notPrincipals.contains(where: { $0 === principal }) {
        notPrincipals.append(principal)
        addConditions(of: principal)
      }
    }

    /// Adds a condition: `value` for `key` under `conditionOperator`, such as
    /// `addCondition("StringEquals", "kms:ViaService", "secretsmanager.us-east-1.amazonaws.com")`.
    /// A value for a key already present replaces it.
    public func addCondition(_ conditionOperator: String, _ key: String, _ value: CfnValue) {
      let index =
        conditionOperators.firstIndex { $0.name == conditionOperator }
        ?? {
          conditionOperators.append((conditionOperator, []))
          return conditionOperators.count - 1
        }()
      if let existing = conditionOperators[index].entries.firstIndex(where: { $0.key == key }) {
        conditionOperators[index].entries[existing].value = value
      } else {
        conditionOperators[index].entries.append(CfnValue.Member(key, value))
      }
    }

    /// Adds conditions by operator and key, in sorted order.
    public func addConditions(_ conditions: [String: [String: CfnValue]]) {
      for (name, entries) in conditions.sorted(by: { $0.key < $1.key }) {
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) { addCondition(name, key, value) }
      }
    }

    /// The statement as it appears in a policy document: a single action, resource or principal
    /// renders on its own, several as a list; empty parts are left out.
    ///
    /// - Parameter stack: the stack whose template holds the policy; principals such as
    ///   ``IAM/AccountRootPrincipal`` render for it.
    public func toStatementJSON(in stack: Stack? = nil) -> CfnValue {
      var members: [CfnValue.Member] = []
      func add(_ key: String, _ value: CfnValue?) {
        if let value { members.append(CfnValue.Member(key, value)) }
      }
      add("Action", Self.collapsed(actions.map { .string(StringValue($0)) }))
      add("NotAction", Self.collapsed(notActions.map { .string(StringValue($0)) }))
      if !conditionOperators.isEmpty {
        add("Condition", .object(conditionOperators.map { CfnValue.Member($0.name, .object($0.entries)) }))
      }
      add("Effect", .string(StringValue(effect.rawValue)))
      add("Principal", Self.principalJSON(principals, in: stack))
      add("NotPrincipal", Self.principalJSON(notPrincipals, in: stack))
      add("Resource", Self.collapsed(resources.map(CfnValue.string)))
      add("NotResource", Self.collapsed(notResources.map(CfnValue.string)))
      add("Sid", sid.map { .string(StringValue($0)) })
      return .object(members)
    }

    /// The problems of this statement in any policy: it must have actions.
    public func validateForAnyPolicy() -> [IAM.PolicyProblem] {
      var found = problems
      if actions.isEmpty, notActions.isEmpty {
        found.append(
          IAM.PolicyProblem(
            code: "PolicyStatementWithoutActions",
            message: "A PolicyStatement must specify at least one 'action' or 'notAction'."))
      }
      return found
    }

    /// The problems of this statement in a resource policy: it also needs principals and resources.
    public func validateForResourcePolicy() -> [IAM.PolicyProblem] {
      var found = validateForAnyPolicy()
      if !hasPrincipal {
        found.append(
          IAM.PolicyProblem(
            code: "ResourcePolicyStatementWithoutPrincipals",
            message: "A PolicyStatement used in a resource-based policy must specify at least one IAM principal."))
      }
      if resources.isEmpty, notResources.isEmpty {
        found.append(
          IAM.PolicyProblem(
            code: "ResourcePolicyStatementWithoutResources",
            message: "A PolicyStatement used in a resource-based policy must specify at least one resource."))
      }
      return found
    }

    /// The problems of this statement in a trust policy: it also needs principals.
    public func validateForTrustPolicy() -> [IAM.PolicyProblem] {
      var found = validateForAnyPolicy()
      if !hasPrincipal {
        found.append(
          IAM.PolicyProblem(
            code: "TrustPolicyStatementWithoutPrincipals",
            message: "A PolicyStatement used in a trust policy must specify at least one IAM principal."))
      }
      return found
    }

    /// The problems of this statement in an identity policy: no principals, some resources, and an
    /// alphanumeric `sid`.
    public func validateForIdentityPolicy() -> [IAM.PolicyProblem] {
      var found = validateForAnyPolicy()
      if hasPrincipal {
        found.append(
          IAM.PolicyProblem(
            code: "IdentityPolicyStatementWithPrincipals",
            message: "A PolicyStatement used in an identity-based policy cannot specify any IAM principals."))
      }
      if resources.isEmpty, notResources.isEmpty {
        found.append(
          IAM.PolicyProblem(
            code: "IdentityPolicyStatementWithoutResources",
            message: "A PolicyStatement used in an identity-based policy must specify at least one resource."))
      }
      if let sid, !sid.unicodeScalars.allSatisfy(\.isASCIIAlphanumeric) {
        found.append(
          IAM.PolicyProblem(
            code: "InvalidStatementSid",
            message:
              "Statement ID (sid) '\(sid)' must be alphanumeric (A-Z, a-z, 0-9) when used in an identity-based policy. "
              + "See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html"))
      }
      return found
    }

    private func problem(_ code: String, _ message: String) {
      problems.append(IAM.PolicyProblem(code: code, message: message))
    }

    private func validate(_ actions: [String]) {
      for action in actions where !Self.isValidAction(action) {
        problem(
          "ActionInvalid",
          "Action '\(action)' is invalid. An action string consists of a service namespace, a colon, and the name of "
            + "an action. Action names can include wildcards.")
      }
    }

    private func addConditions(of principal: any IAM.Principal) {
      if let composite = principal as? IAM.CompositePrincipal {
        if composite.principals.isEmpty {
          problem(
            "CompositePrincipalsConstructedLeastPrincipal",
            "CompositePrincipals must be constructed with at least 1 Principal but none were passed.")
        }
        for component in composite.principals where !component.policyFragment.conditions.isEmpty {
          problem(
            "CompositePrincipalComponentsCannotHaveConditions",
            "Components of a CompositePrincipal must not have conditions. Tried to add the following fragment: "
              + "\(component.policyFragment)")
        }
      }
      let conditions = principal.policyFragment.conditions
      if let existing = principalConditions, existing != conditions {
        problem(
          "PrincipalsPolicystatementSameConditions",
          "All principals in a PolicyStatement must have the same Conditions (got '\(existing)' and '\(conditions)'). "
            + "Use multiple statements instead.")
      }
      principalConditions = principalConditions ?? conditions
      addConditions(conditions)
    }

    /// `^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$`, as the AWS CDK checks actions.
    private static func isValidAction(_ action: String) -> Bool {
      if action == "*" { return true }
      let parts = action.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
      return parts[0].unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" }
        && parts[1].unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "*" }
    }

    private static func collapsed(_ values: [CfnValue]) -> CfnValue? {
      switch values.count {
      case 0: nil
      case 1: values[0]
      default: .array(values)
      }
    }

    private static func principalJSON(_ principals: [any IAM.Principal], in stack: Stack?) -> CfnValue? {
      var fragment = IAM.PrincipalPolicyFragment([])
      for principal in principals { fragment.merge(principal.policyFragment(inOptional: stack)) }
      let members = fragment.principalJSON.compactMap { entry in
        collapsed(entry.values.map(CfnValue.string)).map { CfnValue.Member(entry.type, $0) }
      }
      return members.isEmpty ? nil : .object(members)
    }
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIIAlphanumeric: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
  }
}

private func appendNew<Element: Equatable>(_ elements: [Element], to array: inout [Element]) {
  for element in elements where !array.contains(element) { array.append(element) }
}
