import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("KMS.Key")
struct KeyTests {
  private func errors(_ app: App) -> [Diagnostic] {
    do {
      _ = try app.synthesize()
      return []
    } catch {
      return error.errors
    }
  }

  @Test("A key granted to a role in the same stack changes only the role's policy")
  func sameStackGrant() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let key = KMS.Key(stack, "Key")
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    key.grantEncryptDecrypt(role)
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::IAM::Policy",
      [
        "PolicyDocument": [
          "Statement": [
            [
              "Action": ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
              "Resource": ["Fn::GetAtt": ["Key961B73FD", "Arn"]],
            ]
          ]
        ]
      ])
    try template.hasResourceProperties(
      "AWS::KMS::Key",
      [
        "KeyPolicy": [
          "Statement": .exact([
            [
              "Action": "kms:*", "Effect": "Allow",
              "Principal": [
                "AWS": [
                  "Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::", ["Ref": "AWS::AccountId"], ":root"]]
                ]
              ], "Resource": "*",
            ]
          ])
        ]
      ])
  }

  @Test("A custom key policy replaces the default one and is checked as a resource policy")
  func customPolicy() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = KMS.Key(
      stack, "Key",
      policy: IAM.PolicyDocument(statements: [IAM.PolicyStatement(actions: ["kms:*"], resources: ["*"])]))
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack/Key: A PolicyStatement used in a resource-based policy must specify at least one IAM principal."
      ])
  }

  @Test("Invalid key settings are reported with the AWS CDK's messages on the key")
  func invalidSettings() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = KMS.Key(stack, "Hmac", enableKeyRotation: true, keySpec: .hmac256, keyUsage: .generateVerifyMAC)
    _ = KMS.Key(stack, "Mismatch", keySpec: .eccNistP256)
    _ = KMS.Key(stack, "Window", pendingWindow: .days(3))
    _ = KMS.Key(stack, "Rotation", enableKeyRotation: false, rotationPeriod: .days(30))
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack/Hmac: key rotation cannot be enabled on HMAC keys",
        "Stack/Mismatch: key spec 'ECC_NIST_P256' is not valid with usage 'ENCRYPT_DECRYPT'",
        "Stack/Window: 'pendingWindow' value must between 7 and 30 days. Received: 3",
        "Stack/Rotation: 'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled",
        "Stack/Rotation: 'rotationPeriod' value must between 90 and 2650 days. Received: 30",
      ])
  }

  @Test("A rotation period turns rotation on and renders in days")
  func rotationPeriod() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    _ = KMS.Key(stack, "Key", rotationPeriod: .days(180))
    try Template(stack).hasResourceProperties(
      "AWS::KMS::Key", ["EnableKeyRotation": true, "RotationPeriodInDays": 180])
  }

  @Test("Aliases get the alias/ prefix; the second alias's id carries its name")
  func aliases() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let key = KMS.Key(stack, "Key", alias: "first")
    let second = key.addAlias("alias/second")
    #expect(second.node.id == "Aliasalias--second")
    #expect(second.aliasName == "alias/second")
    let template = try Template(stack)
    try template.resourceCountIs("AWS::KMS::Alias", 2)
    try template.hasResourceProperties("AWS::KMS::Alias", ["AliasName": "alias/first"])
    #expect(
      template.findResources("AWS::KMS::Alias").map(\.logicalID).sorted() == [
        "KeyAlias910D852D", "KeyAliasaliassecondD1C7DD56",
      ])
  }

  @Test("Invalid alias names are reported on the key that adds them")
  func invalidAliases() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    let key = KMS.Key(stack, "Key")
    key.addAlias("alias/")
    key.addAlias("alias/aws/reserved")
    key.addAlias("has space")
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack/Key: Alias must include a value after \"alias/\": alias/",
        "Stack/Key: Alias cannot start with alias/aws/: alias/aws/reserved",
        "Stack/Key: Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-",
      ])
  }

  @Test("A key ARN without a key id is reported on the scope")
  func invalidImportedArn() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    _ = KMS.Key.fromKeyArn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key")
    #expect(
      errors(app).map { "\($0.path): \($0.message)" } == [
        "Stack: KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: "
          + "'arn:aws:kms:us-east-1:123456789012:key'"
      ])
  }

  @Test("A grant on an imported key goes to the grantee's policy only, never to a key policy")
  func importedKeyGrant() throws {
    let stack = Stack(App(outdir: "unused"), "Stack")
    let key = KMS.Key.fromKeyArn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/abc")
    #expect(key.keyID == "abc")
    #expect(key.resourceAccount == "123456789012")
    let serviceGrant = key.grantDecrypt(IAM.ServicePrincipal("logs.amazonaws.com"))
    #expect(serviceGrant.dependables.isEmpty)
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    key.grantDecrypt(role)
    let template = try Template(stack)
    try template.resourceCountIs("AWS::KMS::Key", 0)
    try template.hasResourceProperties(
      "AWS::IAM::Policy",
      [
        "PolicyDocument": [
          "Statement": [["Action": "kms:Decrypt", "Resource": "arn:aws:kms:us-east-1:123456789012:key/abc"]]
        ]
      ])
  }

  @Test("A grant through a service goes to the key policy, naming the base principal with kms:ViaService")
  func viaServiceGrant() throws {
    let stack = Stack(App(outdir: "unused"), "Stack", env: Environment(account: "123456789012", region: "us-east-1"))
    let role = IAM.Role(stack, "Role", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    let key = KMS.Key(stack, "Key")
    key.grantDecrypt(KMS.ViaServicePrincipal("secretsmanager.us-east-1.amazonaws.com", role.grantPrincipal))
    key.grantDecrypt(KMS.ViaServicePrincipal("ssm.us-east-1.amazonaws.com"))
    let template = try Template(stack)
    try template.resourceCountIs("AWS::IAM::Policy", 0)
    try template.hasResourceProperties(
      "AWS::KMS::Key",
      [
        "KeyPolicy": [
          "Statement": .arrayWith([
            [
              "Action": "kms:Decrypt",
              "Condition": .exact(["StringEquals": ["kms:ViaService": "secretsmanager.us-east-1.amazonaws.com"]]),
              "Principal": ["AWS": ["Fn::GetAtt": ["Role1ABCC5F0", "Arn"]]],
              "Resource": "*",
            ],
            [
              "Action": "kms:Decrypt",
              "Condition": .exact(["StringEquals": ["kms:ViaService": "ssm.us-east-1.amazonaws.com"]]),
              "Principal": ["AWS": "*"],
              "Resource": "*",
            ],
          ])
        ]
      ])
  }
}
