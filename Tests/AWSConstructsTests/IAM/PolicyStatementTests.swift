import ElastiCacheCDK
import Testing

@Suite("IAM.PolicyStatement")
struct PolicyStatementTests {
  private let stack = Stack(App(outdir: "unused"), "Stack")

  private func rendered(_ statement: IAM.PolicyStatement) -> TemplateValue? {
    stack.resolve(statement.toStatementJSON(in: stack))
  }

  @Test("A single action, resource or principal renders on its own; several render as a list")
  func singleVersusList() {
    let single = IAM.PolicyStatement(actions: ["kms:Decrypt"], resources: ["*"])
    #expect(rendered(single) == ["Action": "kms:Decrypt", "Effect": "Allow", "Resource": "*"])
    let several = IAM.PolicyStatement(actions: ["kms:Decrypt", "kms:Encrypt"], resources: ["arn:a", "arn:b"])
    #expect(
      rendered(several) == [
        "Action": ["kms:Decrypt", "kms:Encrypt"], "Effect": "Allow", "Resource": ["arn:a", "arn:b"],
      ])
  }

  @Test("Repeated actions and resources are kept once, in the order first added")
  func duplicatesKeptOnce() {
    let statement = IAM.PolicyStatement(actions: ["s3:GetObject", "s3:PutObject", "s3:GetObject"])
    statement.addActions("s3:PutObject")
    statement.addResources("arn:b", "arn:a", "arn:b")
    #expect(statement.actions == ["s3:GetObject", "s3:PutObject"])
    #expect(rendered(statement)?["Resource"] == ["arn:b", "arn:a"])
  }

  @Test("Principals of one type merge into a list; the same principal object counts once")
  func principalMerging() {
    let sns = IAM.ServicePrincipal("sns.amazonaws.com")
    let statement = IAM.PolicyStatement(
      actions: ["sqs:SendMessage"],
      principals: [sns, IAM.ServicePrincipal("events"), sns, IAM.ArnPrincipal("arn:aws:iam::123456789012:role/r")]
    )
    #expect(
      rendered(statement)?["Principal"] == [
        "Service": ["sns.amazonaws.com", "events.amazonaws.com"], "AWS": "arn:aws:iam::123456789012:role/r",
      ])
  }

  @Test("Conditions merge by operator and key; a later value for a key replaces the earlier one")
  func conditions() {
    let statement = IAM.PolicyStatement(
      actions: ["kms:Decrypt"],
      resources: ["*"],
      conditions: ["StringEquals": ["kms:ViaService": "secretsmanager.us-east-1.amazonaws.com"]]
    )
    statement.addCondition("StringEquals", "kms:CallerAccount", "123456789012")
    statement.addCondition("StringEquals", "kms:ViaService", "ssm.us-east-1.amazonaws.com")
    statement.addCondition("Bool", "aws:SecureTransport", "true")
    #expect(
      rendered(statement)?["Condition"] == [
        "StringEquals": ["kms:ViaService": "ssm.us-east-1.amazonaws.com", "kms:CallerAccount": "123456789012"],
        "Bool": ["aws:SecureTransport": "true"],
      ])
    #expect(statement.conditions["Bool"]?["aws:SecureTransport"] == "true")
  }

  @Test("Negated parts, a deny effect and a statement id render under their own keys")
  func negatedParts() {
    let statement = IAM.PolicyStatement(
      effect: .deny, notActions: ["kms:Describe*"], notResources: ["arn:x"],
      notPrincipals: [IAM.AnyPrincipal()], sid: "DenyAllButDescribe")
    #expect(
      rendered(statement) == [
        "Effect": "Deny", "NotAction": "kms:Describe*", "NotPrincipal": ["AWS": "*"], "NotResource": "arn:x",
        "Sid": "DenyAllButDescribe",
      ])
  }

  @Test("Mistakes the AWS CDK rejects while building a statement are kept with its messages")
  func buildingProblems() {
    let statement = IAM.PolicyStatement(actions: ["kms Decrypt"], notActions: ["kms:Encrypt"])
    statement.addResources("arn:a")
    statement.addNotResources(["arn:b"])
    #expect(
      statement.problems.map(\.message) == [
        "Action 'kms Decrypt' is invalid. An action string consists of a service namespace, a colon, and the name of "
          + "an action. Action names can include wildcards.",
        "Cannot add 'NotActions' to policy statement if 'Actions' have been added",
        "Cannot add 'NotResources' to policy statement if 'Resources' have been added",
      ])
  }

  @Test("Each kind of policy checks what its statements need")
  func validationByPolicyKind() {
    let noPrincipal = IAM.PolicyStatement(actions: ["kms:Decrypt"])
    #expect(
      noPrincipal.validateForResourcePolicy().map(\.code) == [
        "ResourcePolicyStatementWithoutPrincipals", "ResourcePolicyStatementWithoutResources",
      ])
    #expect(noPrincipal.validateForTrustPolicy().map(\.code) == ["TrustPolicyStatementWithoutPrincipals"])
    let withPrincipal = IAM.PolicyStatement(
      actions: ["kms:Decrypt"], resources: ["*"], principals: [IAM.AnyPrincipal()], sid: "not-alphanumeric")
    #expect(
      withPrincipal.validateForIdentityPolicy().map(\.message) == [
        "A PolicyStatement used in an identity-based policy cannot specify any IAM principals.",
        "Statement ID (sid) 'not-alphanumeric' must be alphanumeric (A-Z, a-z, 0-9) when used in an identity-based "
          + "policy. See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html",
      ])
    #expect(
      IAM.PolicyStatement(resources: ["*"]).validateForAnyPolicy().map(\.message) == [
        "A PolicyStatement must specify at least one 'action' or 'notAction'."
      ])
  }

  @Test("A document renders its statements once each, with the policy language version; empty renders nothing")
  func document() {
    let statement = IAM.PolicyStatement(actions: ["kms:Decrypt"], resources: ["*"])
    let document = IAM.PolicyDocument(statements: [
      statement, IAM.PolicyStatement(actions: ["kms:Decrypt"], resources: ["*"]),
    ])
    #expect(
      document.toJSON(in: stack).flatMap(stack.resolve) == [
        "Statement": [["Action": "kms:Decrypt", "Effect": "Allow", "Resource": "*"]], "Version": "2012-10-17",
      ])
    #expect(document.statementCount == 2)
    #expect(IAM.PolicyDocument().toJSON() == nil)
    #expect(IAM.PolicyDocument().isEmpty)
  }
}
