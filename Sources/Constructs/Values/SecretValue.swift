/// A secret: a dynamic reference that CloudFormation resolves at deployment, so that the secret never
/// appears in the template. ``unsafePlainText(_:)`` is the exception, for tests and demos.
public struct SecretValue: Equatable {
  private let value: StringValue
  /// Whether the secret is written into the template as plain text.
  public let isPlainText: Bool

  private init(_ value: StringValue, isPlainText: Bool) {
    self.value = value
    self.isPlainText = isPlainText
  }

  /// A secret from Secrets Manager: `{{resolve:secretsmanager:<id>:SecretString:<jsonField>:<versionStage>:<versionId>}}`.
  public static func secretsManager(
    _ secretID: StringValue,
    jsonField: String? = nil,
    versionStage: String? = nil,
    versionID: String? = nil
  ) -> SecretValue {
    let reference: StringValue =
      "{{resolve:secretsmanager:\(secretID):SecretString:\(jsonField ?? ""):\(versionStage ?? ""):\(versionID ?? "")}}"
    return SecretValue(reference, isPlainText: false)
  }

  /// A `SecureString` parameter from Systems Manager: `{{resolve:ssm-secure:<name>[:<version>]}}`.
  public static func ssmSecure(_ parameterName: String, version: String? = nil) -> SecretValue {
    let key = version.map { "\(parameterName):\($0)" } ?? parameterName
    return SecretValue("{{resolve:ssm-secure:\(key)}}", isPlainText: false)
  }

  /// A secret given as plain text: it ends up readable in the template. Use it only in tests.
  public static func unsafePlainText(_ secret: String) -> SecretValue {
    SecretValue(StringValue(secret), isPlainText: true)
  }

  /// A secret from any value that resolves to it at deployment, such as a `NoEcho` parameter.
  public static func resourceAttribute(_ value: StringValue) -> SecretValue { SecretValue(value, isPlainText: false) }

  /// The value as it goes into a template property: the dynamic reference (or the plain text).
  public func unsafeUnwrap() -> StringValue { value }
}
