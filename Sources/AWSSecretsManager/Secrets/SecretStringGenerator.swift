public import Constructs

extension SecretsManager {
  /// How Secrets Manager generates a secret's value: a random password, or a JSON object made from
  /// `secretStringTemplate` with the password added under `generateStringKey`.
  ///
  /// Options left `nil` are not rendered, so Secrets Manager's defaults apply (32 characters, every
  /// character type).
  public struct SecretStringGenerator {
    /// A JSON object the generated password is added to; it may hold deploy-time values, such as an
    /// endpoint address. Give it together with ``generateStringKey``.
    public var secretStringTemplate: StringValue?
    /// The key under which the password is added to ``secretStringTemplate``.
    public var generateStringKey: String?
    /// The password's length.
    public var passwordLength: Int?
    /// Characters the password must not contain.
    public var excludeCharacters: String?
    /// Whether to leave out punctuation.
    public var excludePunctuation: Bool?
    /// Whether to leave out uppercase letters.
    public var excludeUppercase: Bool?
    /// Whether to leave out lowercase letters.
    public var excludeLowercase: Bool?
    /// Whether to leave out digits.
    public var excludeNumbers: Bool?
    /// Whether the password may contain spaces.
    public var includeSpace: Bool?
    /// Whether the password must contain at least one character of each included type.
    public var requireEachIncludedType: Bool?

    /// Generation options; all optional.
    public init(
      secretStringTemplate: StringValue? = nil,
      generateStringKey: String? = nil,
      passwordLength: Int? = nil,
      excludeCharacters: String? = nil,
      excludePunctuation: Bool? = nil,
      excludeUppercase: Bool? = nil,
      excludeLowercase: Bool? = nil,
      excludeNumbers: Bool? = nil,
      includeSpace: Bool? = nil,
      requireEachIncludedType: Bool? = nil
    ) {
      self.secretStringTemplate = secretStringTemplate
      self.generateStringKey = generateStringKey
      self.passwordLength = passwordLength
      self.excludeCharacters = excludeCharacters
      self.excludePunctuation = excludePunctuation
      self.excludeUppercase = excludeUppercase
      self.excludeLowercase = excludeLowercase
      self.excludeNumbers = excludeNumbers
      self.includeSpace = includeSpace
      self.requireEachIncludedType = requireEachIncludedType
    }

    /// The `GenerateSecretString` property.
    var property: CfnSecret.GenerateSecretStringProperty {
      CfnSecret.GenerateSecretStringProperty(
        excludeCharacters: excludeCharacters.map { StringValue($0) }, excludeLowercase: excludeLowercase,
        excludeNumbers: excludeNumbers, excludePunctuation: excludePunctuation, excludeUppercase: excludeUppercase,
        generateStringKey: generateStringKey.map { StringValue($0) }, includeSpace: includeSpace,
        passwordLength: passwordLength.map { NumberValue($0) }, requireEachIncludedType: requireEachIncludedType,
        secretStringTemplate: secretStringTemplate)
    }
  }
}
