import ElastiCacheCDK
import Testing

@Suite("Secrets Manager conformance: secrets")
struct SecretConformanceTests {
  @Test("Generated secrets, one encrypted with a KMS key, read by a function match the AWS CDK")
  func generatedSecretsReadByFunction() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "SecretReader")
    let plain = SecretsManager.Secret(stack, "ApiToken")
    let key = KMS.Key(stack, "SecretKey")
    let encrypted = SecretsManager.Secret(
      stack, "CachePassword", encryptionKey: key,
      generateSecretString: .init(passwordLength: 40, excludePunctuation: true))
    let reader = Lambda.Function(
      stack, "Reader", runtime: .python3_12, handler: "index.handler",
      code: .fromInline("def handler(event, context):\n    return None\n"),
      environment: ["TOKEN_SECRET_ARN": plain.secretArn, "PASSWORD_SECRET_ARN": encrypted.secretArn])
    plain.grantRead(reader)
    encrypted.grantRead(reader)
    plain.grantRead(IAM.AccountPrincipal("111122223333"))
    try Goldens.expectMatch(app, "SecretsManager/generated-secret-read-by-function")
  }

  @Test("A secret from a JSON template with a token, whose fields reach another resource as dynamic references")
  func jsonTemplate() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "TemplateSecret")
    let cache = CfnResource(
      stack, "Cache", type: "AWS::ElastiCache::ServerlessCache",
      properties: ["Engine": "valkey", "ServerlessCacheName": "orders-cache"])
    let secret = SecretsManager.Secret(
      stack, "CacheUser",
      description: "Credentials of the orders service's cache user",
      secretName: "orders/cache-user",
      generateSecretString: .init(
        secretStringTemplate: #"{"username": "orders", "host": "\#(cache.getAtt("Endpoint.Address"))"}"#,
        generateStringKey: "password",
        passwordLength: 32,
        excludeCharacters: " %+~`#$&*()|[]{}:;<>?!'/@\"\\",
        requireEachIncludedType: true),
      removalPolicy: .retain)
    _ = CfnResource(
      stack, "User", type: "AWS::ElastiCache::User",
      properties: [
        "Engine": "valkey",
        "UserId": "orders",
        "UserName": .string(secret.secretValueFromJSON("username").unsafeUnwrap()),
        "AccessString": "on ~orders:* +@all",
        "AuthenticationMode": [
          "Type": "password", "Passwords": [.string(secret.secretValueFromJSON("password").unsafeUnwrap())],
        ],
      ])
    _ = SecretsManager.Secret(
      stack, "Settings",
      generateSecretString: .init(
        passwordLength: 16, excludeUppercase: true, excludeLowercase: false, excludeNumbers: true, includeSpace: true))
    _ = SecretsManager.Secret(
      stack, "Given", secretStringValue: .secretsManager("platform/bootstrap", jsonField: "seed"))
    _ = CfnOutput(stack, "SecretName", value: secret.secretName)
    _ = CfnOutput(stack, "SecretFullArn", value: secret.secretFullArn ?? "")
    try Goldens.expectMatch(app, "SecretsManager/json-template-secret")
  }

  @Test("Secrets imported by name and by complete ARN, read and written by a role, match the AWS CDK")
  func importedSecrets() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "ImportedSecrets")
    let role = IAM.Role(stack, "ServiceRole", assumedBy: IAM.ServicePrincipal("ecs-tasks.amazonaws.com"))
    let byName = SecretsManager.Secret.fromSecretNameV2(stack, "ByName", "platform/cache/admin")
    let byArn = SecretsManager.Secret.fromSecretCompleteArn(
      stack, "ByArn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/api-key-AbCdEf")
    byName.grantRead(role)
    byArn.grantRead(role, versionStages: ["AWSCURRENT"])
    byArn.grantWrite(role)
    _ = CfnResource(
      stack, "Consumer", type: "AWS::SSM::Parameter",
      properties: ["Type": "String", "Value": .string(byName.secretValueFromJSON("endpoint").unsafeUnwrap())])
    _ = CfnOutput(stack, "ByNameArn", value: byName.secretArn)
    _ = CfnOutput(stack, "ByArnName", value: byArn.secretName)
    try Goldens.expectMatch(app, "SecretsManager/imported-secrets-grant")
  }
}
