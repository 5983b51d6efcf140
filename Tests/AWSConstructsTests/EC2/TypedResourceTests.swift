import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// The typed L1 classes of the supporting services live in their service's namespace, render their properties
/// in the AWS CDK's order, and check literal values against their schema.
@Suite("Typed L1 resources of the supporting services")
struct TypedResourceTests {
  @Test("EC2.CfnSecurityGroup and ElastiCache's CfnSecurityGroup are different classes, as in the AWS CDK")
  func namespaces() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let ec2Group = EC2.CfnSecurityGroup(stack, "Group", groupDescription: "Cache clients", vpcID: "vpc-1")
    let cacheGroup = CfnSecurityGroup(stack, "Legacy", securityGroupDescription: "Legacy")
    #expect(ec2Group.cfnResourceType == "AWS::EC2::SecurityGroup")
    #expect(cacheGroup.cfnResourceType == "AWS::ElastiCache::SecurityGroup")
    _ = Logs.CfnLogGroup(stack, "Logs", logGroupName: "/cache/orders", retentionInDays: 7)
    let template = Template(json: try #require(try app.synthesize().stack("Stack")?.template))
    #expect(template.json["Resources"]?["Group"]?["Properties"]?.objectValue?.keys == ["GroupDescription", "VpcId"])
    #expect(template.json["Resources"]?["Logs"]?["Properties"]?["RetentionInDays"] == 7)
  }

  @Test("Literal values of a typed resource are checked against its schema, on the resource's path")
  func schemaChecks() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = EC2.CfnSecurityGroup(stack, "Group", groupDescription: "Cache clients ü", vpcID: "vpc-1")
    _ = Logs.CfnLogGroup(stack, "Logs", retentionInDays: 8)
    _ = Lambda.CfnPermission(stack, "Permission", action: "invoke", functionName: "f", principal: "s3.amazonaws.com")
    let found: [Diagnostic]
    do {
      _ = try app.synthesize()
      found = []
    } catch {
      found = error.errors
    }
    #expect(found.map(\.path) == ["Stack/Group", "Stack/Logs", "Stack/Permission"])
    #expect(
      found.map(\.message) == [
        "AWS::EC2::SecurityGroup property GroupDescription is 'Cache clients ü', which does not match the pattern "
          + "^([a-z,A-Z,0-9,. _\\-:/()#,@[\\]+=&;\\{\\}!$*])*$.",
        "AWS::Logs::LogGroup property RetentionInDays is 8, which is not one of the allowed values: 1, 3, 5, 7, 14, 30, "
          + "60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 and 3653.",
        "AWS::Lambda::Permission property Action is 'invoke', which does not match the pattern "
          + "^(lambda:[*]|lambda:[a-zA-Z]+|[*])$.",
      ])
  }
}
