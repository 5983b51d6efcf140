/// Whether clients must use TLS, or may still connect without it while they migrate to encryption in transit.
public enum TransitEncryptionMode: String, Sendable, CaseIterable {
  /// Clients may connect with or without TLS; the step between no encryption and ``required``.
  case preferred = "preferred"
  /// Clients must connect with TLS (the default when encryption in transit is enabled).
  case required = "required"
}
