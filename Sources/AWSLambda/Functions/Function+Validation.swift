import Constructs

extension Lambda.Function {
  /// Records the AWS CDK's errors for a name, description or timeout Lambda would refuse.
  func validate() {
    if let name = settings.functionName?.literal {
      if name.utf16.count > 64 {
        node.addError(
          "FunctionNameTooLong",
          "Function name can not be longer than 64 characters but has \(name.utf16.count) characters.")
      }
      let allowed = name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
      }
      if name.isEmpty || !allowed {
        node.addError(
          "InvalidFunctionNameFormat",
          "Function name \(name) can contain only letters, numbers, hyphens, or underscores with no spaces.")
      }
    }
    if let description = settings.description?.literal, description.utf16.count > 256 {
      node.addError(
        "DescriptionTooLong",
        "Function description can not be longer than 256 characters but has \(description.utf16.count) characters.")
    }
    if let seconds = timeout?.toSeconds(), seconds != seconds.rounded() {
      node.addError(
        "TimeoutNotWholeSeconds",
        "'\(seconds) seconds' cannot be converted into a whole number of seconds. Give the timeout in whole seconds.")
    }
  }
}
