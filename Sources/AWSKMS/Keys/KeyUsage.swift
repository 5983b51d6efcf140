extension KMS {
  /// What a key is for.
  public enum KeyUsage: String, Sendable, CaseIterable {
    /// Encryption and decryption (the default).
    case encryptDecrypt = "ENCRYPT_DECRYPT"
    /// Signing and verification.
    case signVerify = "SIGN_VERIFY"
    /// Generating and verifying MACs.
    case generateVerifyMAC = "GENERATE_VERIFY_MAC"
    /// Deriving shared secrets.
    case keyAgreement = "KEY_AGREEMENT"

    /// The key specs that cannot be used this way, as the AWS CDK lists them.
    var disallowedSpecs: Set<KMS.KeySpec> {
      let hmac: Set<KMS.KeySpec> = [.hmac224, .hmac256, .hmac384, .hmac512]
      let mlDSA: Set<KMS.KeySpec> = [.mlDSA44, .mlDSA65, .mlDSA87]
      let rsa: Set<KMS.KeySpec> = [.rsa2048, .rsa3072, .rsa4096]
      switch self {
      case .encryptDecrypt:
        return hmac.union(mlDSA).union([.eccNistP256, .eccNistP384, .eccNistP521, .eccSecgP256K1])
      case .signVerify:
        return hmac.union([.symmetricDefault])
      case .generateVerifyMAC:
        return rsa.union(mlDSA).union([
          .eccNistP256, .eccNistP384, .eccNistP521, .eccSecgP256K1, .symmetricDefault, .sm2,
        ])
      case .keyAgreement:
        return hmac.union(mlDSA).union(rsa).union([.symmetricDefault, .eccSecgP256K1])
      }
    }
  }
}
