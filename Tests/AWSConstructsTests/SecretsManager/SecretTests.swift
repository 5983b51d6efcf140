import ElastiCacheCDK
import ElastiCacheTesting
import Testing

@Suite("Secrets Manager secrets")
struct SecretTests {
  @Test("Generation options given alone, or with a value, are errors with the AWS CDK's messages")
  func generationOptions() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = SecretsManager.Secret(stack, "TemplateOnly", generateSecretString: .init(secretStringTemplate: "{}"))
    _ = SecretsManager.Secret(
      stack, "Both", generateSecretString: .init(passwordLength: 20),
      secretStringValue: .secretsManager("other"))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(
        message: "`secretStringTemplate` and `generateStringKey` must be specified together.",
        path: "Stack/TemplateOnly"))
    #expect(
      error.contains(
        message: "Cannot specify more than one of `generateSecretString`, `secretStringValue`, `secretObjectValue`, "
          + "and `secretStringBeta1`.",
        path: "Stack/Both"))
  }

  @Test("Secret values are dynamic references that CloudFormation resolves, never the secret itself")
  func dynamicReferences() throws {
    let stack = Stack(App(), "Stack")
    let secret = SecretsManager.Secret(stack, "Secret")
    #expect(!secret.secretValueFromJSON("password").isPlainText)
    #expect(
      stack.resolve(secret.secretValueFromJSON("password").unsafeUnwrap())
        == ["Fn::Join": ["", ["{{resolve:secretsmanager:", ["Ref": "SecretA720EF05"], ":SecretString:password::}}"]]])
    let imported = SecretsManager.Secret.fromSecretNameV2(stack, "Imported", "app/db")
    #expect(
      stack.resolve(imported.secretValue.unsafeUnwrap())
        == [
          "Fn::Join": [
            "",
            [
              "{{resolve:secretsmanager:arn:", ["Ref": "AWS::Partition"], ":secretsmanager:", ["Ref": "AWS::Region"],
              ":",
              ["Ref": "AWS::AccountId"], ":secret:app/db:SecretString:::}}",
            ],
          ]
        ])
  }

  @Test("A secret defaults to deletion with the stack; a retained one stays")
  func removalPolicy() throws {
    let stack = Stack(App(), "Stack")
    _ = SecretsManager.Secret(stack, "Deleted")
    _ = SecretsManager.Secret(stack, "Kept", removalPolicy: .retain)
    let template = try Template(stack)
    try template.hasResource(
      "AWS::SecretsManager::Secret", ["DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"])
    try template.hasResource(
      "AWS::SecretsManager::Secret", ["DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"])
  }

  @Test("Importing by ARN needs exactly one complete or partial ARN, and a complete one has the suffix")
  func importErrors() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    _ = SecretsManager.Secret.fromSecretAttributes(stack, "Neither")
    _ = SecretsManager.Secret.fromSecretCompleteArn(
      stack, "Incomplete", "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders")
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.contains(message: "must use only one of `secretCompleteArn` or `secretPartialArn`", path: "Stack"))
    #expect(
      error.contains(
        message: "`secretCompleteArn` does not appear to be complete; missing 6-character suffix", path: "Stack"))
  }

  @Test("Imported secrets: names from ARNs, and the ARNs policies name")
  func importedNames() throws {
    let stack = Stack(App(), "Stack")
    let complete = SecretsManager.Secret.fromSecretCompleteArn(
      stack, "Complete", "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/api-key-AbCdEf")
    let partial = SecretsManager.Secret.fromSecretPartialArn(
      stack, "Partial", "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/api-key")
    #expect(complete.secretName == "orders/api-key")
    #expect(partial.secretName == "orders/api-key")
    #expect(partial.secretFullArn == nil)
    #expect(
      partial.arnForPolicies(in: stack) == "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/api-key-??????")
    #expect(complete.resourceAccount == "123456789012")
  }

  @Test("Another account reads an owned secret through its resource policy; writing needs a key")
  func resourcePolicy() throws {
    let app = App()
    let stack = Stack(app, "Stack")
    let secret = SecretsManager.Secret(stack, "Secret")
    secret.grantRead(IAM.AccountPrincipal("111122223333"))
    try Template(stack).hasResourceProperties(
      "AWS::SecretsManager::ResourcePolicy",
      [
        "SecretId": ["Ref": "SecretA720EF05"],
        "ResourcePolicy": [
          "Statement": [
            [
              "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
              "Principal": ["AWS": Match.anyValue],
            ]
          ]
        ],
      ])
    secret.grantWrite(IAM.AccountPrincipal("111122223333"))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(
      error.contains(message: "KMS Key must be provided for cross account access to Secret", path: "Stack/Secret"))
  }

  @Test("Reading an encrypted secret lets the reader decrypt through Secrets Manager only")
  func encryptedRead() throws {
    let stack = Stack(App(), "Stack", env: Environment(account: "123456789012", region: "eu-west-1"))
    let key = KMS.Key(stack, "Key")
    let secret = SecretsManager.Secret(stack, "Secret", encryptionKey: key)
    let role = IAM.Role(stack, "Reader", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
    secret.grantRead(role, versionStages: ["AWSCURRENT"])
    let template = try Template(stack)
    try template.hasResourceProperties(
      "AWS::KMS::Key",
      [
        "KeyPolicy": [
          "Statement": Match.arrayWith([
            [
              "Action": "kms:Decrypt",
              "Condition": ["StringEquals": ["kms:ViaService": "secretsmanager.eu-west-1.amazonaws.com"]],
              "Principal": ["AWS": ["Fn::GetAtt": ["ReaderF7BF189D", "Arn"]]],
            ]
          ])
        ]
      ])
    try template.hasResourceProperties(
      "AWS::IAM::Policy",
      [
        "PolicyDocument": [
          "Statement": [
            ["Condition": ["ForAnyValue:StringEquals": ["secretsmanager:VersionStage": ["AWSCURRENT"]]]]
          ]
        ]
      ])
  }
}
