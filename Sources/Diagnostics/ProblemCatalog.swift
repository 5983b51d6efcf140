/// The list of every ``ProblemCode`` a module reports, for documentation and for checks that every code
/// is listed once.
public protocol ProblemCatalog {
  /// The module's codes.
  static var codes: [ProblemCode] { get }
}
