import Constructs

/// Checks of user ids, access strings and passwords that ElastiCache would only reject at deployment.
enum UserChecks {
  /// User ids: 1–40 characters, a letter first, then letters, digits and hyphens, no trailing or
  /// double hyphen; `default` is the built-in user's id.
  static func checkUserId(_ userId: StringValue, on node: Node) {
    guard let id = userId.literal else { return }
    let scalars = Array(id.unicodeScalars)
    let isLetter = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    let isAllowed = { (scalar: Unicode.Scalar) in isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" }
    var problems: [String] = []
    if scalars.isEmpty || scalars.count > 40 {
      problems.append("must have 1 to 40 characters (it has \(scalars.count))")
    }
    if let first = scalars.first, !isLetter(first) { problems.append("must begin with a letter") }
    if !scalars.allSatisfy(isAllowed) { problems.append("may contain only ASCII letters, digits and hyphens") }
    if scalars.last == "-" { problems.append("must not end with a hyphen") }
    if id.contains("--") { problems.append("must not contain two consecutive hyphens") }
    if !problems.isEmpty {
      node.addError(
        "InvalidUserId",
        "User id '\(id)' \(problems.joined(separator: ", ")). ElastiCache rejects it at deployment; choose an id such as 'orders-api'."
      )
    }
    if id == "default" {
      node.addWarning(
        "ReservedUserId",
        "User id 'default' belongs to the user ElastiCache creates for each engine, so creating another user with it fails "
          + "at deployment. Import the built-in user with NoPasswordUser.fromUserAttributes(scope, id, userId: \"default\"), "
          + "or give the new user another id and the user name 'default'."
      )
    }
  }

  /// Access strings must not be empty.
  static func checkAccessString(_ accessString: String, on node: Node) {
    guard accessString.allSatisfy(\.isWhitespace) else { return }
    node.addError(
      "EmptyAccessString",
      "The access string is empty. Give the user its permissions, e.g. AccessControl.fromAccessString(\"on ~app:* +@read\"), "
        + "or \"off -@all\" for a user that may do nothing."
    )
  }

  /// Literal passwords: 16–128 characters, none of `,` `"` `/` `@`, no white space, and two passwords must differ.
  /// Plain-text passwords are reported as a warning: they end up readable in the template.
  static func checkPasswords(_ passwords: [SecretValue], on node: Node) {
    var literals: [String] = []
    for password in passwords where password.isPlainText {
      guard let text = password.unsafeUnwrap().literal else { continue }
      literals.append(text)
      var problems: [String] = []
      if text.count < 16 || text.count > 128 {
        problems.append("must have 16 to 128 characters (it has \(text.count))")
      }
      if text.contains(where: { ",\"/@".contains($0) }) { problems.append("must not contain any of , \" / @") }
      if text.contains(where: \.isWhitespace) { problems.append("must not contain white space") }
      if !problems.isEmpty {
        node.addError(
          "InvalidPassword", "A password \(problems.joined(separator: ", ")). ElastiCache rejects it at deployment.")
      }
    }
    if literals.count == 2, literals[0] == literals[1] {
      node.addError("DuplicatePassword", "The two passwords are the same. Give two different passwords, or one.")
    }
    if passwords.contains(where: \.isPlainText) {
      node.addWarning(
        "PlainTextPassword",
        "A password is given with SecretValue.unsafePlainText, so it is readable in the template and the cloud assembly. "
          + "Keep it in Secrets Manager and pass SecretValue.secretsManager(\"<secret-id>\"), or generate it with a "
          + "SecretsManager.Secret and pass secret.secretValueFromJSON(\"password\")."
      )
    }
  }
}
