import Constructs

extension IAM {
  /// Anyone, authenticated or not: `{"AWS": "*"}`.
  public final class AnyPrincipal: IAM.ArnPrincipal {
    /// The principal that matches everyone.
    public init() { super.init("*") }
  }
}
