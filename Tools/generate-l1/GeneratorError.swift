/// Why the generator could not turn the schemas into Swift: a message that says what and where.
struct GeneratorError: Error, CustomStringConvertible {
  /// What went wrong, and where.
  let message: String

  init(_ message: String) { self.message = message }

  var description: String { message }
}
