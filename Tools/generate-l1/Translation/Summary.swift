/// The summary of a schema description for a doc comment: its first sentence, and the second too when the
/// first is short, with whitespace collapsed.
enum Summary {
  /// The first sentence is followed by the second when it is shorter than this.
  static let shortSentence = 60

  static func of(_ description: String?) -> String? {
    guard let description else { return nil }
    let text = withoutLinkTargets(description).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !text.isEmpty else { return nil }
    let sentences = self.sentences(of: text).filter { !isBoilerplate($0) }.map(terminated)
    guard let first = sentences.first else { return nil }
    if first.count < shortSentence, sentences.count > 1 { return first + " " + sentences[1] }
    return first
  }

  /// The text with Markdown links reduced to their text: `[MetricStat](https://...)` → `MetricStat`.
  private static func withoutLinkTargets(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]"),
      rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
      let end = rest[close...].firstIndex(of: ")")
    {
      result += rest[..<open] + rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: end)...]
    }
    return result + rest
  }

  /// Whether a sentence says nothing but that a schema is a schema ("Resource Type definition for AWS::…").
  private static func isBoilerplate(_ sentence: String) -> Bool {
    sentence.lowercased().hasPrefix("resource type definition for ")
  }

  /// The sentence with a full stop at its end, if it has no punctuation there.
  private static func terminated(_ sentence: String) -> String {
    guard let last = sentence.last, !".!?:".contains(last) else { return sentence }
    return sentence + "."
  }

  /// The sentences of `text`: each ends with `.`, `!` or `?` followed by a space (abbreviations such as
  /// `e.g.` excepted).
  private static func sentences(of text: String) -> [String] {
    let words = text.split(separator: " ")
    var sentences: [String] = []
    var current: [Substring] = []
    for word in words {
      current.append(word)
      if let last = word.last, ".!?".contains(last), !abbreviations.contains(word.lowercased()) {
        sentences.append(current.joined(separator: " "))
        current = []
      }
    }
    if !current.isEmpty { sentences.append(current.joined(separator: " ")) }
    return sentences
  }

  private static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "(e.g.", "(i.e.", "vs.", "approx."]
}
