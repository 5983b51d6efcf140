/// Where a value is in a resource's properties: `CacheUsageLimits.DataStorage.Maximum`, `UserIds[2]`.
struct ValuePath: CustomStringConvertible {
  private var text = ""

  func appending(member: String) -> ValuePath { ValuePath(text: text.isEmpty ? member : "\(text).\(member)") }

  func appending(index: Int) -> ValuePath { ValuePath(text: "\(text)[\(index)]") }

  func appending(key: String) -> ValuePath { ValuePath(text: "\(text)['\(ConstraintChecker.truncated(key))']") }

  var description: String { text }
}
