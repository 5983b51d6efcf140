import ElastiCacheCDK
import Testing

@Suite("IAM principals")
struct PrincipalTests {
  private func principalJSON(_ principal: any IAM.Principal, in stack: Stack) -> TemplateValue? {
    stack.resolve(
      IAM.PolicyStatement(actions: ["sts:AssumeRole"], principals: [principal]).toStatementJSON(in: stack))?[
        "Principal"]
  }

  @Test("The account root principal names the account of the stack that renders it")
  func accountRoot() {
    let app = App(outdir: "unused")
    let agnostic = Stack(app, "Agnostic")
    let pinned = Stack(app, "Pinned", env: Environment(account: "123456789012", region: "us-east-1"))
    let root = IAM.AccountRootPrincipal()
    #expect(
      principalJSON(root, in: agnostic) == [
        "AWS": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::", ["Ref": "AWS::AccountId"], ":root"]]]
      ])
    #expect(
      principalJSON(root, in: pinned) == [
        "AWS": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::123456789012:root"]]]
      ])
  }

  @Test("Service principal names are completed and China endpoints normalized, as the AWS CDK does")
  func serviceNames() {
    #expect(IAM.ServicePrincipal("lambda").servicePrincipalName == "lambda.amazonaws.com")
    #expect(IAM.ServicePrincipal("ec2.amazonaws.com.cn").servicePrincipalName == "ec2.amazonaws.com")
    #expect(IAM.ServicePrincipal("lambda.amazonaws.com").servicePrincipalName == "lambda.amazonaws.com")
    #expect(
      IAM.ServicePrincipal("states.us-east-1.amazonaws.com").servicePrincipalName == "states.us-east-1.amazonaws.com")
  }

  @Test("A composite principal merges its parts into one principal entry")
  func composite() {
    let stack = Stack(App(outdir: "unused"), "Stack", env: Environment(account: "123456789012", region: "us-east-1"))
    let composite = IAM.CompositePrincipal(
      IAM.ServicePrincipal("lambda.amazonaws.com"), IAM.AccountPrincipal("210987654321"))
    composite.addPrincipals(IAM.ServicePrincipal("ecs-tasks.amazonaws.com"))
    #expect(
      principalJSON(composite, in: stack) == [
        "Service": ["lambda.amazonaws.com", "ecs-tasks.amazonaws.com"],
        "AWS": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::210987654321:root"]]],
      ])
    #expect(IAM.AccountPrincipal("210987654321").principalAccount == "210987654321")
    #expect(IAM.ServicePrincipal("lambda").principalAccount == nil)
  }

  @Test("A principal without an identity policy does not take statements")
  func principalsWithoutPolicy() {
    let result = IAM.ServicePrincipal("lambda").addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"]))
    #expect(!result.statementAdded)
    let anyone = IAM.AnyPrincipal()
    #expect(anyone.grantPrincipal === anyone)
  }
}
