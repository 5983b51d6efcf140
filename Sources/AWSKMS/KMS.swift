/// AWS Key Management Service: encryption keys.
public enum KMS {}
