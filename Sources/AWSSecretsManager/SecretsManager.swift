/// AWS Secrets Manager: secrets.
public enum SecretsManager {}
