extension TemplateValue {
  /// The places where `other` differs from this value, compared as data (object member order is ignored;
  /// numbers compare by value), each as `path: what differs`. Empty when the two are equal.
  public func differences(to other: TemplateValue, path: String = "") -> [String] {
    var found: [String] = []
    collectDifferences(expected: self, actual: other, path: path, into: &found)
    return found
  }
}

private func collectDifferences(
  expected: TemplateValue, actual: TemplateValue, path: String, into found: inout [String]
) {
  switch (expected, actual) {
  case (.object(let expectedObject), .object(let actualObject)):
    let keys = Set(expectedObject.keys).union(actualObject.keys).sorted()
    for key in keys {
      switch (expectedObject[key], actualObject[key]) {
      case (let expectedMember?, let actualMember?):
        collectDifferences(expected: expectedMember, actual: actualMember, path: "\(path)/\(key)", into: &found)
      case (let expectedMember?, nil):
        found.append("\(path)/\(key): missing (expected \(expectedMember.jsonString(indent: 0)))")
      case (nil, let actualMember?):
        found.append("\(path)/\(key): unexpected \(actualMember.jsonString(indent: 0))")
      case (nil, nil): break
      }
    }
  case (.array(let expectedElements), .array(let actualElements)):
    if expectedElements.count != actualElements.count {
      found.append(
        "\(path): expected \(expectedElements.count) items got \(actualElements.count): \(actual.jsonString(indent: 0))"
      )
    }
    for (index, (expectedElement, actualElement)) in zip(expectedElements, actualElements).enumerated() {
      collectDifferences(expected: expectedElement, actual: actualElement, path: "\(path)[\(index)]", into: &found)
    }
  default:
    if expected != actual {
      found.append("\(path): expected \(expected.jsonString(indent: 0)) got \(actual.jsonString(indent: 0))")
    }
  }
}
