import ElastiCacheCDK
import Testing

@Suite("KMS conformance: keys, aliases, key policies and grants")
struct KMSConformanceTests {
  @Test("A key with every default lets the account's identities use it and is retained")
  func keyDefaults() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "KeyDefaults")
    let key = KMS.Key(stack, "Key")
    _ = CfnOutput(stack, "KeyArn", value: key.keyArn)
    _ = CfnOutput(stack, "KeyId", value: key.keyID)

    try Goldens.expectMatch(app, "KMS/key-defaults")
  }

  @Test("A key's aliases render, and a role in another stack is granted through an export")
  func keyAliasCrossStackGrant() throws {
    let app = App(outdir: "unused")
    let platform = Stack(app, "KeyPlatform")
    let key = KMS.Key(
      platform,
      "CacheKey",
      description: "Encrypts the shared caches",
      alias: "cache-key",
      enableKeyRotation: true,
      pendingWindow: .days(7),
      removalPolicy: .destroy
    )
    key.addAlias("alias/cache-key-2")
    let service = Stack(app, "KeyConsumer")
    let role = IAM.Role(service, "ServiceRole", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    key.grantEncryptDecrypt(role)
    key.grant(role, actions: "kms:DescribeKey")

    try Goldens.expectMatch(app, "KMS/key-alias-cross-stack-grant")
  }

  @Test("A key imported by ARN is granted in the role's policy only")
  func importedKeyGrant() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ImportedKey")
    let key = KMS.Key.fromKeyArn(
      stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    key.grantDecrypt(role)
    key.grantEncrypt(role)
    key.addAlias("imported-alias")
    _ = CfnOutput(stack, "KeyId", value: key.keyID)

    try Goldens.expectMatch(app, "KMS/imported-key-grant")
  }

  @Test("Grants to roles of another account or region name the role in the key policy, on all resources")
  func keyCrossAccountGrant() throws {
    let app = App(outdir: "unused")
    let keys = Stack(app, "SharedKeys", env: Environment(account: "111111111111", region: "us-east-1"))
    let key = KMS.Key(keys, "Key", admins: [IAM.AccountPrincipal("111111111111")])
    let partner = Stack(app, "PartnerAccount", env: Environment(account: "222222222222", region: "us-east-1"))
    let partnerRole = IAM.Role(
      partner, "Reader", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"), roleName: "partner-reader",
      path: "/cache/")
    key.grantDecrypt(partnerRole)
    let europe = Stack(app, "Europe", env: Environment(account: "111111111111", region: "eu-west-1"))
    let europeRole = IAM.Role(
      europe, "Writer", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"), roleName: "europe-writer")
    key.grantEncrypt(europeRole)

    try Goldens.expectMatch(app, "KMS/key-cross-account-grant")
  }

  @Test("Key policy statements merge principals, conditions and duplicates as the AWS CDK does")
  func keyPolicyStatements() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "KeyPolicy", env: Environment(account: "123456789012", region: "us-east-1"))
    let policy = IAM.PolicyDocument(statements: [
      IAM.PolicyStatement(actions: ["kms:*"], resources: ["*"], principals: [IAM.AccountRootPrincipal()])
    ])
    let key = KMS.Key(
      stack, "Key", enabled: true, keySpec: .rsa2048, keyUsage: .signVerify, multiRegion: false, policy: policy)
    let sns = IAM.ServicePrincipal("sns.amazonaws.com")
    let statement = IAM.PolicyStatement(
      actions: ["kms:Sign", "kms:Verify", "kms:Sign"],
      resources: ["*"],
      principals: [sns, IAM.ServicePrincipal("events"), sns],
      conditions: ["StringEquals": ["aws:SourceAccount": "123456789012"]]
    )
    statement.addCondition("StringEquals", "kms:CallerAccount", "123456789012")
    statement.addCondition("ArnLike", "aws:SourceArn", "arn:aws:sns:us-east-1:123456789012:*")
    key.addToResourcePolicy(statement)
    key.addToResourcePolicy(
      IAM.PolicyStatement(
        effect: .deny,
        notActions: ["kms:Describe*"],
        notResources: ["arn:aws:kms:us-east-1:123456789012:key/other"],
        principals: [IAM.AccountPrincipal("210987654321"), IAM.AccountRootPrincipal(), IAM.AnyPrincipal()],
        sid: "DenyOthers"
      ))
    for _ in 0..<2 {
      key.addToResourcePolicy(
        IAM.PolicyStatement(
          actions: ["kms:GetPublicKey"],
          resources: ["*"],
          principals: [
            IAM.CompositePrincipal(
              IAM.ServicePrincipal("lambda.amazonaws.com"), IAM.ArnPrincipal("arn:aws:iam::123456789012:role/reader"))
          ]
        ))
    }

    try Goldens.expectMatch(app, "KMS/key-policy-statements")
  }
}
