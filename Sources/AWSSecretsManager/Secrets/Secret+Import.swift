public import AWSKMS
public import Constructs

extension SecretsManager.Secret {
  /// The secret named `secretName` in the stack's account and region. Policies name it with its partial
  /// ARN and a `-??????` wildcard for the suffix Secrets Manager adds.
  public static func fromSecretNameV2(_ scope: Construct, _ id: String, _ secretName: StringValue)
    -> SecretsManager.ImportedSecret
  {
    let arn = Stack.of(scope).formatArn(
      ArnComponents(
        service: "secretsmanager", resource: "secret", resourceName: secretName, arnFormat: .colonResourceName))
    return SecretsManager.ImportedSecret(
      scope, id, secretArn: arn, secretName: secretName, secretFullArn: nil, encryptionKey: nil, account: nil,
      policyArn: nil)
  }

  /// The secret with the complete ARN `secretCompleteArn` (ending in the 6-character suffix).
  public static func fromSecretCompleteArn(_ scope: Construct, _ id: String, _ secretCompleteArn: StringValue)
    -> SecretsManager.ImportedSecret
  {
    fromSecretAttributes(scope, id, secretCompleteArn: secretCompleteArn)
  }

  /// The secret with the partial ARN `secretPartialArn` (without the 6-character suffix).
  public static func fromSecretPartialArn(_ scope: Construct, _ id: String, _ secretPartialArn: StringValue)
    -> SecretsManager.ImportedSecret
  {
    fromSecretAttributes(scope, id, secretPartialArn: secretPartialArn)
  }

  /// A secret from its complete or partial ARN (exactly one) and the key that encrypts it.
  ///
  /// Giving both ARNs, neither, or a "complete" ARN without the suffix records the AWS CDK's error on `scope`.
  public static func fromSecretAttributes(
    _ scope: Construct,
    _ id: String,
    secretCompleteArn: StringValue? = nil,
    secretPartialArn: StringValue? = nil,
    encryptionKey: (any KMS.KeyProtocol)? = nil
  ) -> SecretsManager.ImportedSecret {
    if (secretCompleteArn == nil) == (secretPartialArn == nil) {
      scope.node.addError("OnlyOneSecretArn", "must use only one of `secretCompleteArn` or `secretPartialArn`")
    }
    if let secretCompleteArn, !isComplete(secretCompleteArn) {
      scope.node.addError(
        "DoesAppearCompleteMissing", "`secretCompleteArn` does not appear to be complete; missing 6-character suffix")
    }
    let arn = secretCompleteArn ?? secretPartialArn ?? ""
    let components = try? Stack.of(scope).splitArn(arn, format: .colonResourceName)
    return SecretsManager.ImportedSecret(
      scope, id,
      secretArn: arn,
      secretName: secretName(of: components, scope: scope),
      secretFullArn: secretCompleteArn,
      encryptionKey: encryptionKey,
      account: components?.account,
      policyArn: secretCompleteArn ?? "\(arn)-??????"
    )
  }

  /// Whether the ARN ends in `-` and the 6 letters or digits Secrets Manager adds (a token may).
  private static func isComplete(_ arn: StringValue) -> Bool {
    guard let literal = arn.literal else { return true }
    let suffix = literal.suffix(7)
    return suffix.count == 7 && suffix.first == "-"
      && suffix.dropFirst().unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      }
  }

  /// The name part of a secret ARN, without the 6-character suffix when it has one.
  private static func secretName(of components: ArnComponents?, scope: Construct) -> StringValue {
    guard let resourceName = components?.resourceName else {
      scope.node.addError("InvalidFormatSecretNameProvided", "invalid ARN format; no secret name provided")
      return ""
    }
    guard let name = resourceName.literal else { return resourceName }
    guard let hyphen = name.lastIndex(of: "-"), name[name.index(after: hyphen)...].count == 6 else {
      return resourceName
    }
    return StringValue(String(name[..<hyphen]))
  }
}
