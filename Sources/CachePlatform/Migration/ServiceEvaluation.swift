import AWSEC2
import AWSLambda
import AWSSecretsManager
import CloudFormationModel
import Constructs
import ElastiCache

/// Evaluates the migration checklist for one service against the synthesized templates.
struct ServiceEvaluation {
  let access: ServiceCacheAccess
  let assembly: CloudAssembly
  let legacyVariables: Set<String>

  func report() -> MigrationChecklist.ServiceReport {
    MigrationChecklist.ServiceReport(
      serviceName: access.serviceName,
      path: access.node.path,
      steps: [userAndSecret(), environmentVariable(), scopedGrant(), networkPath(), healthCheck(), oldConfiguration()]
    )
  }

  private func step(_ number: Int, _ title: String, _ problems: [String], done: String) -> MigrationChecklist.Step {
    MigrationChecklist.Step(
      number: number, title: title, isDone: problems.isEmpty,
      detail: problems.isEmpty ? done : problems.joined(separator: "; "))
  }

  private func template(of construct: Construct) -> TemplateValue? {
    assembly.stack(Stack.of(construct).artifactID)?.template
  }

  private func entry(of construct: Construct?) -> TemplateValue? {
    guard let element = construct as? CfnElement ?? construct?.node.defaultChild as? CfnElement else { return nil }
    return template(of: element)?["Resources"]?[element.logicalID]
  }

  private func resolved(_ value: StringValue, in construct: Construct) -> TemplateValue? {
    Stack.of(construct).resolve(value)
  }

  private var functions: [ServiceCacheAccess.BoundFunction] { access.boundFunctions }

  private var noFunction: [String] {
    functions.isEmpty ? ["no function is bound: call bind(to:) with the service's function"] : []
  }

  private func userAndSecret() -> MigrationChecklist.Step {
    var problems: [String] = []
    let user = entry(of: access.user.resource)
    let secret = entry(of: access.secret)
    if user?["Type"]?.stringValue != "AWS::ElastiCache::User" { problems.append("the user is not in the template") }
    if secret?["Properties"]?["GenerateSecretString"] == nil { problems.append("the secret is not generated") }
    let password = user?["Properties"]?["AuthenticationMode"]?["Passwords"]?[0]?.jsonString(indent: 0) ?? ""
    if !password.contains("{{resolve:secretsmanager:") {
      problems.append("the user's password does not come from a secret")
    }
    return step(
      1, "Create the service user and generated secret", problems,
      done: "user '\(access.userName)' with its password in \(access.secret.node.path)")
  }

  private func environment(of function: Lambda.Function) -> TemplateObject {
    entry(of: function)?["Properties"]?["Environment"]?["Variables"]?.objectValue ?? TemplateObject()
  }

  private func environmentVariable() -> MigrationChecklist.Step {
    let problems =
      noFunction
      + functions.compactMap { bound in
        let expected = resolved(access.secret.secretArn, in: bound.function)
        return environment(of: bound.function)[bound.environmentVariable] == expected
          ? nil : "\(bound.function.node.path) has no \(bound.environmentVariable) naming the secret"
      }
    let names = functions.map { "\($0.function.node.path) (\($0.environmentVariable))" }.joined(separator: ", ")
    return step(2, "Inject the secret's ARN into the function's environment", problems, done: names)
  }

  private func scopedGrant() -> MigrationChecklist.Step {
    var problems = noFunction
    for bound in functions {
      let secretArn = resolved(access.secret.secretArn, in: bound.function)
      let statements = readStatements(of: bound.function)
      if statements.isEmpty { problems.append("\(bound.function.node.path) may not read the secret") }
      let others = statements.flatMap { resources(of: $0) }.filter { $0 != secretArn }
      if !others.isEmpty {
        problems.append(
          "\(bound.function.node.path) may read other secrets too: \(others.map { $0.jsonString(indent: 0) }.joined(separator: ", "))"
        )
      }
    }
    return step(
      3, "Grant the function read access to only that secret", problems,
      done: "secretsmanager:GetSecretValue on the secret only")
  }

  /// The policy statements of the function's role that allow `secretsmanager:GetSecretValue`.
  private func readStatements(of function: Lambda.Function) -> [TemplateValue] {
    guard let role = entry(of: function)?["Properties"]?["Role"],
      let resources = template(of: function)?["Resources"]?.objectValue
    else { return [] }
    let roleReference: TemplateValue = ["Ref": role["Fn::GetAtt"]?[0] ?? .null]
    return resources.filter { member in
      member.value["Type"]?.stringValue == "AWS::IAM::Policy"
        && member.value["Properties"]?["Roles"]?.arrayValue?.contains(roleReference) == true
    }.flatMap { $0.value["Properties"]?["PolicyDocument"]?["Statement"]?.arrayValue ?? [] }.filter { statement in
      statement["Effect"]?.stringValue == "Allow"
        && actions(of: statement).contains { action in
          ["secretsmanager:GetSecretValue", "secretsmanager:*", "*"].contains(action)
        }
    }
  }

  private func actions(of statement: TemplateValue) -> [String] {
    statement["Action"]?.arrayValue?.compactMap(\.stringValue) ?? statement["Action"]?.stringValue.map { [$0] } ?? []
  }

  private func resources(of statement: TemplateValue) -> [TemplateValue] {
    statement["Resource"]?.arrayValue ?? statement["Resource"].map { [$0] } ?? []
  }

  private func networkPath() -> MigrationChecklist.Step {
    var problems = noFunction
    let cacheGroups = access.sharedCache.cache.connections.securityGroups
    for bound in functions {
      let functionGroups = bound.function.connections.securityGroups
      let stack = Stack.of(bound.function)
      let hasRule = assembly.stacks.contains { artifact in
        guard let scope = stackNamed(artifact.artifactID) else { return false }
        let sources = Set(functionGroups.compactMap { scope.resolve($0.securityGroupID)?.jsonString(indent: 0) })
        let targets = Set(cacheGroups.compactMap { scope.resolve($0.securityGroupID)?.jsonString(indent: 0) })
        return (artifact.template["Resources"]?.objectValue ?? TemplateObject()).contains { member in
          let properties = member.value["Properties"]
          return member.value["Type"]?.stringValue == "AWS::EC2::SecurityGroupIngress"
            && sources.contains(properties?["SourceSecurityGroupId"]?.jsonString(indent: 0) ?? "")
            && targets.contains(properties?["GroupId"]?.jsonString(indent: 0) ?? "")
        }
      }
      if !hasRule {
        problems.append("no ingress rule lets \(bound.function.node.path) (stack \(stack.stackName)) reach the cache")
      }
    }
    return step(
      4, "Open the network path from the function to the cache", problems,
      done: "ingress from the function's security group on the cache port")
  }

  private func stackNamed(_ artifactID: String) -> Stack? {
    access.node.root.node.findAll().lazy.compactMap { $0 as? Stack }.first { $0.artifactID == artifactID }
  }

  private func healthCheck() -> MigrationChecklist.Step {
    let problems =
      noFunction
      + functions.compactMap { bound in
        environment(of: bound.function)["REDIS_HEALTH_CHECK"] == nil
          ? "\(bound.function.node.path) has no REDIS_HEALTH_CHECK: bind with healthCheck: true and ping the cache in the health path"
          : nil
      }
    return step(5, "Add a cache ping to the service's health path", problems, done: "REDIS_HEALTH_CHECK=ping")
  }

  private func oldConfiguration() -> MigrationChecklist.Step {
    let problems =
      noFunction
      + functions.flatMap { bound -> [String] in
        let variables = environment(of: bound.function)
        let legacy = variables.keys.filter { legacyVariables.contains($0) }.sorted()
        let urls = variables.filter {
          $0.value.jsonString(indent: 0).contains("redis://") || $0.value.jsonString(indent: 0).contains("rediss://")
        }
        .map(\.key)
        return (legacy + urls).map {
          "\(bound.function.node.path) still sets \($0): remove it once the deployment is stable"
        }
      }
    return step(6, "Remove the old cache configuration", problems, done: "no legacy cache variables")
  }
}
