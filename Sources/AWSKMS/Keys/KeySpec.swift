extension KMS {
  /// The kind of key material.
  public enum KeySpec: String, Sendable, CaseIterable {
    /// A 256-bit symmetric key (the default).
    case symmetricDefault = "SYMMETRIC_DEFAULT"
    /// RSA, 2048 bits.
    case rsa2048 = "RSA_2048"
    /// RSA, 3072 bits.
    case rsa3072 = "RSA_3072"
    /// RSA, 4096 bits.
    case rsa4096 = "RSA_4096"
    /// NIST P-256 elliptic curve.
    case eccNistP256 = "ECC_NIST_P256"
    /// NIST P-384 elliptic curve.
    case eccNistP384 = "ECC_NIST_P384"
    /// NIST P-521 elliptic curve.
    case eccNistP521 = "ECC_NIST_P521"
    /// SECG secp256k1 elliptic curve.
    case eccSecgP256K1 = "ECC_SECG_P256K1"
    /// HMAC with SHA-224.
    case hmac224 = "HMAC_224"
    /// HMAC with SHA-256.
    case hmac256 = "HMAC_256"
    /// HMAC with SHA-384.
    case hmac384 = "HMAC_384"
    /// HMAC with SHA-512.
    case hmac512 = "HMAC_512"
    /// SM2 (China Regions only).
    case sm2 = "SM2"
    /// ML-DSA-44.
    case mlDSA44 = "ML_DSA_44"
    /// ML-DSA-65.
    case mlDSA65 = "ML_DSA_65"
    /// ML-DSA-87.
    case mlDSA87 = "ML_DSA_87"
    /// Edwards25519.
    case eccNistEdwards25519 = "ECC_NIST_EDWARDS25519"

    /// Whether the spec is an HMAC key.
    var isHMAC: Bool { rawValue.hasPrefix("HMAC") }
  }
}
