import CloudFormationModel

extension TemplateValue {
  /// Calls `body` with every string and object key of the value that has a `{` in it, in order, without
  /// recursion: the text that stringified tokens (`${Token[...]}`) and dynamic references (`{{resolve:...}}`)
  /// can be in. Most text has no `{`, and leaving it out early keeps the scans of every template cheap.
  func forEachTextWithBraces(_ body: (_ text: String, _ isKey: Bool) -> Void) {
    var pending = [self]
    while let next = pending.popLast() {
      switch next {
      case .string(let text):
        if text.utf8.contains(UInt8(ascii: "{")) { body(text, false) }
      case .array(let elements):
        pending += elements.reversed()
      case .object(let object):
        for member in object.reversed() {
          if member.key.utf8.contains(UInt8(ascii: "{")) { body(member.key, true) }
          pending.append(member.value)
        }
      case .null, .bool, .number:
        break
      }
    }
  }
}
