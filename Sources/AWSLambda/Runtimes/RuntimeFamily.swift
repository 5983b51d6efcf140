extension Lambda {
  /// The language family of a runtime.
  public enum RuntimeFamily: Sendable, Equatable {
    case nodeJS
    case java
    case python
    case dotnetCore
    case go
    case ruby
    /// A custom runtime (`provided.*`), such as a Swift binary named `bootstrap`.
    case other
  }
}
