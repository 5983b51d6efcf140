extension Duration {
  /// A compact rendering for messages: `2s`, `1.5s` or `250ms`.
  var shortDescription: String {
    let milliseconds = components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    guard milliseconds >= 1000 else { return "\(milliseconds)ms" }
    return milliseconds % 1000 == 0 ? "\(milliseconds / 1000)s" : "\(Double(milliseconds) / 1000)s"
  }
}
